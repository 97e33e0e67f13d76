package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** A problem answer written by a filter, outside Spring MVC: same shape as {@link ApiExceptionHandler}'s. */
class ProblemWriter {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemWriter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String error, String key)
            throws IOException {
        String message = messages.getMessage(key, null, key, locales.resolveLocale(request));
        write(response, new ApiProblem(status, error, key, message, null, null, null, RequestId.of(request)));
    }

    /** The one 400 (issue #18), naming {@code field} (a header, a parameter) with the words of {@code key}. */
    void writeInvalid(HttpServletRequest request, HttpServletResponse response, String field, String key)
            throws IOException {
        var locale = locales.resolveLocale(request);
        String message = messages.getMessage(key, null, key, locale);
        write(response, new ApiProblem(400, Problems.INVALID, key, messages.getMessage("api.error.validation", null,
                locale), null, java.util.Map.of(field, message), null, RequestId.of(request)));
    }

    private void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        int status = problem.status();
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(ApiProblem.MEDIA_TYPE);
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
