package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.Paged;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** After a list page is shown (a GET whose model holds a {@link Paged}), remembers its address for "back". */
class ListMemory implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view != null && "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
                && view.getModel().values().stream().anyMatch(Paged.class::isInstance)) {
            ListLinks.remember(request);
        }
    }
}
