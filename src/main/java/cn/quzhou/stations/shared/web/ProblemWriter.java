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
        ApiProblem problem = new ApiProblem(status, error, key, message, null, null, null, RequestId.of(request));
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(ApiProblem.MEDIA_TYPE);
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
