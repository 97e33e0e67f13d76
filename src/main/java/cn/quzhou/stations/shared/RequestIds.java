package cn.quzhou.stations.shared;

import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The id of the request being served: in every log line (MDC key {@value #MDC_KEY}), in the {@value #HEADER} response
 * header, and the reference id that an error page or API problem shows. A proxy's own id is kept when it sends one.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** What a proxy may hand in (nginx's $request_id is 32 hex digits); anything else is replaced, never logged. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** The current request's id, or a new one outside a request (a job, a test). */
    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : newId();
    }

    /** 8 upper-case hex digits, short enough to read out on the telephone. */
    public static String newId() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The id a proxy sent, if it is one that may be logged as it is; otherwise a new one. */
    public static String fromProxy(String header) {
        return header != null && ACCEPTED.matcher(header).matches() ? header : newId();
    }
}
