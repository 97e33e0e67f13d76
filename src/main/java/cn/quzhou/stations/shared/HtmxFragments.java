package cn.quzhou.stations.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.ModelAndView;

/**
 * The htmx convention of the pages (issue #16): an htmx request names in {@code HX-Target} the element it will
 * replace, and a page that answers that element alone renders just it, {@code view :: #id}. A list page does so for
 * {@code list-page}; another handler declares its element with {@link Target}, and a POST of it answers with the
 * page's element in place of its redirect (the choice is {@link Forms}'). A request without htmx gets the whole page,
 * or the redirect, as before.
 */
public final class HtmxFragments {

    /**
     * The model attribute that holds the element id of an answer rendered alone (absent on a whole page): the element
     * then brings the layout's parts up to date out of band ({@code layout :: refreshed}).
     */
    public static final String MODEL = "htmxTarget";

    /** The request attribute set when the request is htmx asking for the element its handler declares. */
    private static final String ASKED = HtmxFragments.class.getName() + ".asked";

    private HtmxFragments() {
    }

    /** Declares the element (its id) whose page a handler answers alone to an htmx request naming it. */
    @Documented
    @java.lang.annotation.Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Target {
        String value();
    }

    /** Whether {@code request} is htmx naming {@code target} as the element it replaces. */
    public static boolean asks(HttpServletRequest request, String target) {
        return request.getHeader("HX-Request") != null && target.equals(request.getHeader("HX-Target"));
    }

    /** Notes that the request asks for its handler's declared {@code target} (the interceptor, before the handler). */
    public static void asked(HttpServletRequest request, String target) {
        request.setAttribute(ASKED, target);
    }

    /** The declared element the current request asks for, or null (no htmx, another target, or none declared). */
    public static String asked(HttpServletRequest request) {
        return (String) request.getAttribute(ASKED);
    }

    /** Whether the current request is htmx asking for the element its handler declares: a POST then shows it. */
    public static boolean asked() {
        RequestAttributes current = RequestContextHolder.getRequestAttributes();
        return current != null && current.getAttribute(ASKED, RequestAttributes.SCOPE_REQUEST) != null;
    }

    /** Renders {@code view} as its element {@code target} alone; a redirect or a view already a fragment is left. */
    public static void render(ModelAndView view, String target, HttpServletResponse response) {
        String name = view.getViewName();
        if (name == null || name.contains(":")) {
            return;
        }
        view.setViewName(name + " :: #" + target);
        view.addObject(MODEL, target);
        response.setHeader("Vary", "HX-Request, HX-Target");
    }
}
