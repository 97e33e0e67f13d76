package cn.quzhou.stations.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store with the last-access time written at most once per {@code every}: Spring Session sets it on every
 * request, which makes every signed-in page pay an UPDATE of {@code spring_session} and its commit. Here a request
 * within {@code every} of the stored last access leaves it as stored, so an unchanged session costs one read. Idle
 * timeouts stay correct within {@code every}: a session idles out at most that much earlier than it would otherwise.
 * Everything else (attributes, timeout, id change, new sessions) is written as before.
 *
 * @param <S> the stored session type
 */
final class ThrottledSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<ThrottledSessionRepository.Throttled<S>>, DisposableBean {

    private final FindByIndexNameSessionRepository<S> delegate;
    private final Duration every;

    ThrottledSessionRepository(FindByIndexNameSessionRepository<S> delegate, Duration every) {
        this.delegate = delegate;
        this.every = every;
    }

    @Override
    public Throttled<S> createSession() {
        return new Throttled<>(delegate.createSession(), null);
    }

    @Override
    public void save(Throttled<S> session) {
        delegate.save(session.stored);
        RequestScope scope = RequestScope.CURRENT.get();
        if (scope != null) {
            scope.saved = session;
        }
    }

    /**
     * Spring Session's filter looks the session up again right after saving it at the end of every request (to decide
     * whether to send the cookie; spring-session#1731): within a request that look-up is answered with the session
     * just saved, so a signed-in page reads its session once instead of twice.
     */
    @Override
    @SuppressWarnings("unchecked")
    public Throttled<S> findById(String id) {
        RequestScope scope = RequestScope.CURRENT.get();
        if (scope != null && scope.saved != null) {
            Throttled<S> saved = (Throttled<S>) scope.saved;
            scope.saved = null;
            if (saved.getId().equals(id) && !saved.isExpired()) {
                return saved;
            }
        }
        S found = delegate.findById(id);
        return found == null ? null : new Throttled<>(found, every);
    }

    @Override
    public void deleteById(String id) {
        RequestScope scope = RequestScope.CURRENT.get();
        if (scope != null) {
            scope.saved = null;
        }
        delegate.deleteById(id);
    }

    /**
     * The span of one request on its thread (opened by {@link SessionWriteThrottle}'s filter, outside the session
     * filter): what is remembered in it never reaches another request on the same pooled thread.
     */
    static final class RequestScope {

        static final ThreadLocal<RequestScope> CURRENT = new ThreadLocal<>();

        private Session saved;

        /** Opens the scope; returns false when one is already open (an inner dispatch), which then must not close it. */
        static boolean open() {
            if (CURRENT.get() != null) {
                return false;
            }
            CURRENT.set(new RequestScope());
            return true;
        }

        static void close() {
            CURRENT.remove();
        }
    }

    @Override
    public Map<String, Throttled<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return delegate.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new Throttled<>(e.getValue(), every)));
    }

    /** The wrapped store keeps its own clean-up task; it ends with the context. */
    @Override
    public void destroy() throws Exception {
        if (delegate instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /**
     * A stored session whose last-access time moves only when the stored one is at least {@code every} old
     * ({@code every} null: a new session, always written).
     */
    static final class Throttled<S extends Session> implements Session {

        private final S stored;
        private final Duration every;

        Throttled(S stored, Duration every) {
            this.stored = stored;
            this.every = every;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (every == null || !lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(every))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
