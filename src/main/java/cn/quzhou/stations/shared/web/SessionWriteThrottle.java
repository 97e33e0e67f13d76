package cn.quzhou.stations.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Puts {@link ThrottledSessionRepository} in front of Spring Boot's JDBC session store, so the session filter reads
 * every request's session but writes its last-access time at most once a minute. A post-processor rather than an own
 * {@code SessionRepository} bean: declaring one would switch Spring Boot's JDBC session configuration (timeout, table,
 * clean-up, class loader) off altogether.
 */
@Configuration(proxyBeanMethods = false)
class SessionWriteThrottle {

    /** How stale the stored last access may get; the session guard writes 在线用户's last-seen time as often. */
    static final Duration EVERY = Duration.ofMinutes(1);

    /**
     * Two requests of one session that add the same attribute at once (a list page opened twice: {@link ListPages})
     * both INSERT it; the second failed on the attributes' primary key and answered 500. PostgreSQL's upsert makes
     * the later write win, as it does for an attribute that already existed.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** Opens {@link ThrottledSessionRepository.RequestScope} around the session filter, for each request. */
    @Bean
    FilterRegistrationBean<Filter> sessionRequestScope() {
        Filter scope = (request, response, chain) -> {
            boolean opened = ThrottledSessionRepository.RequestScope.open();
            try {
                chain.doFilter(request, response);
            } finally {
                if (opened) {
                    ThrottledSessionRepository.RequestScope.close();
                }
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(scope);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    static BeanPostProcessor throttleSessionWrites() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository sessions
                        ? new ThrottledSessionRepository<>(sessions, EVERY) : bean;
            }
        };
    }
}
