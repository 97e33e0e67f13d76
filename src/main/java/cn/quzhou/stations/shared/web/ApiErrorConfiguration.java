package cn.quzhou.stations.shared.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
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
}
