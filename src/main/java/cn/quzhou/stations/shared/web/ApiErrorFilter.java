package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.ApiProblem;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error dispatch of an API request ({@code /api/**}, {@code /public/api/**}) answered as {@code
 * application/problem+json} instead of the HTML error page or Spring Boot's own JSON: what fails before a controller
 * is chosen — an upload over the multipart limit (413), a body the container cannot read, a path no handler maps —
 * keeps the one error contract of {@code docs/api.md}.
 */
class ApiErrorFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorFilter.class);

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;
    private final MultipartProperties multipart;

    ApiErrorFilter(MessageSource messages, LocaleResolver locales, JsonMapper json, MultipartProperties multipart) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
        this.multipart = multipart;
    }

    static boolean isApi(String path) {
        return path != null && (path.startsWith("/api/") || path.startsWith("/public/api/"));
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ERROR
                || !isApi((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (response.isCommitted()) {
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 && error != null && Problems.isMalformedRequest(error)) {
            status = 400;
        }
        if (error != null && isTooLarge(error)) {
            status = 413;
        }
        write(request, response, status, error);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, Throwable error)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        Problems.Kind kind = Problems.kind(status);
        String reference = null;
        String message;
        if (status >= 500 && status != 503) {
            reference = ApiProblem.newReference();
            log.error("Server error, reference {} at {}", reference,
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), error);
            message = messages.getMessage(kind.messageKey(), new Object[] {reference}, locale);
        } else {
            message = messages.getMessage(kind.messageKey(), new Object[] {
                    multipart.getMaxFileSize().toMegabytes() + " MB",
                    multipart.getMaxRequestSize().toMegabytes() + " MB"}, locale);
        }
        java.util.Map<String, String> fields = null;
        String code = kind.error();
        if (status == 400) {
            // the one 400 (issue #18): the parameter the container could not read is named, else the request
            code = Problems.MALFORMED;
            Object query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
            String named = Problems.malformedParameter(query != null ? (String) query : request.getQueryString());
            fields = java.util.Map.of(named, messages.getMessage("api.error.malformedRequest", null, locale));
            message = messages.getMessage("api.error.validation", null, locale);
        }
        ApiProblem problem = new ApiProblem(status, kind.error(), code, message, null, fields, reference,
                RequestId.of(request));
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(ApiProblem.MEDIA_TYPE);
        response.getWriter().write(json.writeValueAsString(problem));
        response.flushBuffer();
    }

    private static boolean isTooLarge(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("MaxUploadSizeExceededException") || name.endsWith("SizeLimitExceededException")
                    || name.equals("FileSizeLimitExceededException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
