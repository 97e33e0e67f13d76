package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.HtmxFragments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A handler marked {@link HtmxFragments.Target}: an htmx request naming its element is noted before the handler runs
 * (so that a POST answers with the page rather than its redirect, {@code Forms}) and answered with that element alone.
 */
class DeclaredFragments implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            HtmxFragments.Target declared = method.getMethodAnnotation(HtmxFragments.Target.class);
            if (declared != null && HtmxFragments.asks(request, declared.value())) {
                HtmxFragments.asked(request, declared.value());
            }
        }
        return true;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        String target = HtmxFragments.asked(request);
        if (view != null && target != null) {
            HtmxFragments.render(view, target, response);
        }
    }
}
