package cn.quzhou.stations.shared.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** {@link ApiErrorFilter} on the error dispatch only, ahead of security and the error controller. */
@Configuration(proxyBeanMethods = false)
class ApiErrorConfiguration {

    @Bean
    FilterRegistrationBean<ApiErrorFilter> apiErrorFilter(MessageSource messages, LocaleResolver locales,
                                                          JsonMapper json, MultipartProperties multipart) {
        FilterRegistrationBean<ApiErrorFilter> registration =
                new FilterRegistrationBean<>(new ApiErrorFilter(messages, locales, json, multipart));
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Right after Spring Security, so that the key is the signed-in account's. */
    @Bean
    FilterRegistrationBean<IdempotentPosts> idempotentPosts(JdbcClient jdbc, PlatformTransactionManager transactions,
                                                            MessageSource messages, LocaleResolver locales,
                                                            JsonMapper json) {
        FilterRegistrationBean<IdempotentPosts> registration = new FilterRegistrationBean<>(new IdempotentPosts(jdbc,
                new TransactionTemplate(transactions), new ProblemWriter(messages, locales, json)));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
