package cn.quzhou.stations.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Values read once per web request: for a small table many facades of one page read (the working calendar, read by
 * every 待办 line of the home page, issue #9). Outside a request it keeps values for the current transaction, as
 * {@link TransactionMemo} does. Only for what the request does not change, or {@link #forget() forgets} when it does.
 */
public final class RequestMemo<K, V> {

    /** Numbers the memos: an identity hash code may repeat, and two memos must never share a request attribute. */
    private static final AtomicLong NEXT = new AtomicLong();

    private final String attribute = RequestMemo.class.getName() + "#" + NEXT.incrementAndGet();
    private final TransactionMemo<K, V> outsideRequests = new TransactionMemo<>();

    public V get(K key, Function<K, V> lookUp) {
        Map<K, V> values = values();
        return values == null ? outsideRequests.get(key, lookUp) : values.computeIfAbsent(key, lookUp);
    }

    /** Forgets what the current request (or transaction) read: the values it holds changed. */
    public void forget() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
        }
        outsideRequests.forget();
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> values() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Map<K, V> values = (Map<K, V>) request.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST);
        if (values == null) {
            values = new HashMap<>();
            request.setAttribute(attribute, values, RequestAttributes.SCOPE_REQUEST);
        }
        return values;
    }
}
