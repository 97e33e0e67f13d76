package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.shared.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API chain's own refusals, as JSON: 401 with {@code WWW-Authenticate: Bearer} when no valid
 * token came, 403 (audited as DENIED) when the account may not. Not a bean: the API chain creates it.
 */
class ApiSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final AuditLog audit;

    ApiSecurityErrors(JsonMapper json, MessageSource messages, LocaleResolver locales, AuditLog audit) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
        this.audit = audit;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean invalid = e instanceof BearerTokenFilter.InvalidTokenException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, invalid
                ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid, expired or revoked\""
                : "Bearer");
        write(request, response, 401, "unauthorized", invalid ? "api.error.invalidToken" : "api.error.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        audit.record(new AuditRecord(null, "access.denied", "request", null, AuditOutcome.DENIED,
                request.getMethod() + " " + request.getRequestURI()));
        write(request, response, 403, "forbidden", "api.error.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String error,
                       String messageKey) throws IOException {
        Locale locale = locales.resolveLocale(request);
        ApiProblem problem = ApiProblem.of(status, error, messages.getMessage(messageKey, null, messageKey, locale),
                ApiProblem.newReference());
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(ApiProblem.MEDIA_TYPE);
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
