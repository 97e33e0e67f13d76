package cn.quzhou.stations.application.web;

import cn.quzhou.stations.application.ApplicationIncompleteException;
import cn.quzhou.stations.application.FieldProblem;
import cn.quzhou.stations.shared.ApiProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A submission the API refuses as incomplete: 422 with every field that stops it, in the reader's language. */
@RestControllerAdvice(assignableTypes = ApplicationApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IncompleteApplicationAdvice {

    private final MessageSource messages;

    IncompleteApplicationAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ApplicationIncompleteException.class)
    ResponseEntity<ApiProblem> incomplete(ApplicationIncompleteException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            fields.putIfAbsent(p.field(), messages.getMessage(p.messageKey(), null, LocaleContextHolder.getLocale()));
        }
        String message = messages.getMessage("application.error.incomplete", null, LocaleContextHolder.getLocale());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.parseMediaType(ApiProblem.MEDIA_TYPE))
                .body(ApiProblem.of(422, "incomplete", "application.error.incomplete", message, null, fields, null));
    }
}
