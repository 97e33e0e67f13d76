package cn.quzhou.stations.shared.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The two outermost filters: the request id first (every later log line carries it), then the database-away answer,
 * which must sit outside Spring Session's filter (order {@code Integer.MIN_VALUE + 50}) because loading the session is
 * the first thing that fails while the database is away.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    FilterRegistrationBean<DatabaseAwayFilter> databaseAwayFilter(MessageSource messages,
                                                                  tools.jackson.databind.json.JsonMapper json) {
        FilterRegistrationBean<DatabaseAwayFilter> registration =
                new FilterRegistrationBean<>(new DatabaseAwayFilter(messages, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }
}
