package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.shared.ApiProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code platform.security.require-https}: plain http is refused (403) with a page saying to use https, or a
 * problem+json body on the API — never served, never redirected (a redirect would already have sent the
 * cookie in clear). Behind a TLS proxy the request counts as https when the proxy says so and
 * {@code server.forward-headers-strategy} trusts it. Health checks stay reachable for the load balancer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("platform.security.require-https")
class RequireHttps {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requireHttpsFilter(MessageSource messages, LocaleResolver locales,
                                                                    JsonMapper json) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Refusal(messages, locales, json));
        // after Boot's ForwardedHeaderFilter (HIGHEST_PRECEDENCE), before sessions and security
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    static final class Refusal extends OncePerRequestFilter {

        private final MessageSource messages;
        private final LocaleResolver locales;
        private final JsonMapper json;

        Refusal(MessageSource messages, LocaleResolver locales, JsonMapper json) {
            this.messages = messages;
            this.locales = locales;
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (request.isSecure() || path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
                chain.doFilter(request, response);
                return;
            }
            Locale locale = locales.resolveLocale(request);
            String title = messages.getMessage("https.required.title", null, locale);
            String detail = messages.getMessage("https.required.detail", null, locale);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (path.startsWith("/api/")) {
                response.setContentType(ApiProblem.MEDIA_TYPE);
                response.getWriter().write(json.writeValueAsString(
                        ApiProblem.of(403, "https_required", detail, ApiProblem.newReference())));
                return;
            }
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                    + "<title>" + HtmlUtils.htmlEscape(title) + "</title></head><body><h1>" + HtmlUtils.htmlEscape(title)
                    + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p></body></html>");
        }
    }
}
