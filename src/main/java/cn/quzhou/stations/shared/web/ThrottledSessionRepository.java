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
    }

    @Override
    public Throttled<S> findById(String id) {
        S found = delegate.findById(id);
        return found == null ? null : new Throttled<>(found, every);
    }

    @Override
    public void deleteById(String id) {
        delegate.deleteById(id);
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
