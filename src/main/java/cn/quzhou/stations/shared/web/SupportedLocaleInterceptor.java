package cn.quzhou.stations.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Any locale other than English falls back to Simplified Chinese, the platform's language. */
class SupportedLocaleInterceptor implements HandlerInterceptor {

    private final List<Locale> supported;

    SupportedLocaleInterceptor(List<Locale> supported) {
        this.supported = supported;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var resolver = RequestContextUtils.getLocaleResolver(request);
        if (resolver != null) {
            Locale current = resolver.resolveLocale(request);
            boolean known = supported.stream().anyMatch(l -> l.getLanguage().equals(current.getLanguage()));
            if (!known) {
                resolver.setLocale(request, response, supported.get(0));
            }
        }
        return true;
    }
}
