package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.HtmxFragments;
import cn.quzhou.stations.shared.Paged;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A list page (a GET whose model holds a {@link Paged}): remembers its address for "back", and answers htmx with the
 * list alone. The search form, sort links and pager of {@code list.html} ask through htmx with {@code HX-Target:
 * list-page}, the element every list page declares without saying so ({@link HtmxFragments}); a page reloaded or
 * opened from a link is whole as before.
 */
class ListPages implements HandlerInterceptor {

    static final String TARGET = "list-page";

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view == null || !"GET".equals(request.getMethod()) || !isList(view)) {
            return;
        }
        boolean htmx = request.getHeader("HX-Request") != null;
        if (!htmx || request.getHeader("HX-Boosted") != null) {
            ListLinks.remember(request);   // a boosted request is a page the user navigated to
        }
        if (HtmxFragments.asks(request, TARGET)) {
            HtmxFragments.render(view, TARGET, response);
        }
    }

    private static boolean isList(ModelAndView view) {
        return view.getModel().values().stream().anyMatch(Paged.class::isInstance);
    }
}
