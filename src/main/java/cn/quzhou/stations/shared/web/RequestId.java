package cn.quzhou.stations.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import cn.quzhou.stations.shared.RequestIds;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The id of one request, the same wherever it is asked for: in every API problem body ({@code requestId}), the
 * {@code X-Request-Id} answer header, the log lines' MDC and the error page's reference ({@link RequestIdFilter}). A
 * caller's or proxy's own {@code X-Request-Id} is kept when it is a plain token ({@link RequestIds#fromProxy});
 * otherwise one is made. Kept in one request attribute, {@link #ATTRIBUTE}.
 */
public final class RequestId {

    public static final String HEADER = RequestIds.HEADER;
    public static final String ATTRIBUTE = RequestId.class.getName();

    private RequestId() {
    }

    /** The request's id, made on first use. */
    public static String of(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof String id) {
            return id;
        }
        String id = RequestIds.fromProxy(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /** The id of the request this thread serves; null outside a request. */
    public static String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? of(servlet.getRequest()) : null;
    }
}
