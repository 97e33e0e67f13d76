package cn.quzhou.stations.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The id of one request, the same wherever it is asked for: in every API problem body ({@code requestId}) and in the
 * {@code X-Request-Id} answer header ({@link RequestIdFilter}). A caller's own {@code X-Request-Id} is kept when it
 * is a plain token (letters, digits, {@code - _ .}, at most 64), so a script can match our answer to its log;
 * otherwise one is made. Kept in one request attribute, {@link #ATTRIBUTE}, for any other code (logging, MDC) to
 * reuse.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = RequestId.class.getName();
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestId() {
    }

    /** The request's id, made on first use. */
    public static String of(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof String id) {
            return id;
        }
        String given = request.getHeader(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /** The id of the request this thread serves; null outside a request. */
    public static String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? of(servlet.getRequest()) : null;
    }
}
