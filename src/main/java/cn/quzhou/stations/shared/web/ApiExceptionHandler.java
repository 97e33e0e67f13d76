package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.ApiAccessDenied;
import cn.quzhou.stations.shared.ApiController;
import cn.quzhou.stations.shared.ApiProblem;
import cn.quzhou.stations.shared.BadRequestException;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.Input;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.shared.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The JSON error answers of every {@link ApiController} (and only those: HTML controllers keep the
 * error page). Messages are localized in the request's locale (Chinese unless {@code Accept-Language}
 * asks for English). A server error's detail goes to the log under the reference in the answer.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final MediaType PROBLEM = MediaType.parseMediaType(ApiProblem.MEDIA_TYPE);
    /** The concurrent-modification refusal that facades throw as a plain business rule. */
    private static final String CONCURRENT_MODIFICATION = "error.concurrentModification";

    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    private final MultipartProperties multipart;

    ApiExceptionHandler(MessageSource messages, ApplicationEventPublisher events, MultipartProperties multipart) {
        this.messages = messages;
        this.events = events;
        this.multipart = multipart;
        setMessageSource(messages);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not_found", null, text("api.error.notFound"), null, null, null);
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Object> badRequest(BadRequestException e) {
        return invalid(e.messageKey(), Map.of(e.field(), text(e.messageKey(), e.args())));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return refusal(HttpStatus.CONFLICT, "conflict", e.messageKey(), text(e.messageKey(), e.args()), e.field());
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<Object> businessRule(BusinessRuleException e) {
        if (CONCURRENT_MODIFICATION.equals(e.messageKey())) {
            return refusal(HttpStatus.CONFLICT, "conflict", e.messageKey(), text(e.messageKey(), e.args()), e.field());
        }
        return refusal(HttpStatus.UNPROCESSABLE_CONTENT, "business_rule", e.messageKey(),
                text(e.messageKey(), e.args()), e.field());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> staleVersion(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "conflict", CONCURRENT_MODIFICATION, text(CONCURRENT_MODIFICATION), null,
                null, null);
    }

    /** Covers {@code AuthorizationDeniedException} (method security) too. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e, HttpServletRequest request) {
        events.publishEvent(new ApiAccessDenied(request.getMethod(), request.getRequestURI()));
        return problem(HttpStatus.FORBIDDEN, "forbidden", null, text("api.error.forbidden"), null, null, null);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<Object> tooMany(TooManyRequestsException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        return problem(HttpStatus.TOO_MANY_REQUESTS, "too_many_requests", e.messageKey(), text(e.messageKey()), null,
                null, null, headers);
    }

    /**
     * The database (or its connection pool) is not there: nothing was done, or the transaction was rolled back, so
     * the client may retry — 503 with {@code Retry-After}, never a 500 that could hide a commit.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<Object> unavailable(Exception e, HttpServletRequest request) {
        log.warn("Database unavailable at {}: {}", request.getRequestURI(), e.toString());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", null, text("api.error.unavailable"), null, null,
                null, headers);
    }

    /**
     * The client went away while its answer was being written (a closed tab, a load tool's run ending): nobody is
     * left to answer, and it is no server error. Only a failure of writing the answer counts — a broken pipe to
     * object storage or mail inside the action is a server error like any other.
     */
    private static boolean clientGone(Exception e) {
        boolean writing = e instanceof org.springframework.http.converter.HttpMessageNotWritableException
                || e instanceof org.springframework.web.context.request.async.AsyncRequestNotUsableException
                || e.getClass().getName().equals("org.apache.catalina.connector.ClientAbortException");
        return writing && org.springframework.web.util.DisconnectedClientHelper.isClientDisconnectedException(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        if (Problems.isMalformedRequest(e)) {
            return invalid(Problems.MALFORMED, Map.of(Problems.malformedParameter(request.getQueryString()),
                    text("api.error.malformedRequest")));
        }
        if (Problems.databaseRefusal(e) != null) {
            return invalid(Problems.MALFORMED, Map.of(Problems.REQUEST, text("api.error.badInput")));
        }
        String reference = ApiProblem.newReference();
        if (!DatabaseAway.causedBy(e) && clientGone(e)) {
            log.debug("Client gone at {}: {}", request.getRequestURI(), e.toString());
            return null;
        }
        if (DatabaseAway.causedBy(e)) {
            log.warn("Database unreachable, answered 503, reference {} at {}", reference, request.getRequestURI());
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "5");
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", null, text("error.databaseAway.help"), null,
                    null, reference, headers);
        }
        log.error("Server error, reference {} at {}", reference, request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "server_error", null, text("api.error.server", reference),
                null, null, reference);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        Locale locale = LocaleContextHolder.getLocale();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            fields.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        String message = text("api.error.validation");
        for (ObjectError error : e.getBindingResult().getGlobalErrors()) {
            message = messages.getMessage(error, locale);
        }
        return problem(HttpStatus.BAD_REQUEST, Problems.INVALID, firstCode(e), message, null, fields, null);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        Locale locale = LocaleContextHolder.getLocale();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error ->
                    fields.putIfAbsent(name == null ? Problems.REQUEST : name, messages.getMessage(error, locale)));
        });
        return invalid(null, fields);
    }

    /**
     * A body that cannot be read as the command: a field refused at the edge ({@link EdgeJsonModule}), of the wrong
     * type, an unknown enum constant or a missing primitive is named by its JSON path; JSON that does not parse, an
     * empty body or one that is not an object is named {@code body}. One shape either way (issue #18).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getMostSpecificCause() instanceof DatabindException bad && !bad.getPath().isEmpty()) {
            String key = Problems.keyOf(bad);
            return invalid(key, Map.of(Problems.fieldOf(bad.getPath()),
                    text(key, Input.MIN_YEAR + "", Input.MAX_YEAR + "")));
        }
        return invalid(Problems.UNREADABLE_BODY, Map.of(Problems.BODY, text(Problems.UNREADABLE_BODY)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(Problems.REQUIRED, Map.of(e.getParameterName(), text(Problems.REQUIRED)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(Problems.REQUIRED, Map.of(e.getRequestPartName(), text(Problems.REQUIRED)));
    }

    /**
     * What the database refused although the edge let it through: a reference to a record that does not exist is
     * 422 naming the field (from the foreign key's column), bad data (a NUL, a value out of range) is 400 — never a
     * 500.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> refusedByTheDatabase(DataIntegrityViolationException e, HttpServletRequest request) {
        Problems.DatabaseRefusal refusal = Problems.databaseRefusal(e);
        if (refusal == null) {
            return unexpected(e, request);
        }
        if (refusal.unknownReference()) {
            return refusal(HttpStatus.UNPROCESSABLE_CONTENT, "business_rule", "input.error.unknownReference",
                    text("input.error.unknownReference", refusal.field()), refusal.field());
        }
        return invalid(Problems.MALFORMED, Map.of(Problems.REQUEST, text("api.error.badInput")));
    }

    /**
     * A parameter refused at the edge ({@link EdgeFormValidator}), or one that does not convert (an unknown status or
     * level, a year that is not a number): a 400 that names the parameter in {@code fields}, so an API client knows
     * which one to correct (pages instead drop just that filter).
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        if (Problems.refusedAtTheEdge(e)) {
            String key = Input.CONTROL_CHARACTERS;
            return invalid(key, Map.of(name == null ? Problems.REQUEST : name, text(key)));
        }
        if (name == null) {
            return handleExceptionInternal(e, null, headers, status, request);
        }
        String value = String.valueOf(e.getValue());
        String shown = value.length() > 50 ? value.substring(0, 50) + "…" : value;
        String message = text("api.error.badParameter", name, shown);
        return invalid("api.error.badParameter", Map.of(name, message));
    }

    /** Every other Spring MVC failure (unreadable body, wrong type, method not allowed, ...). */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (clientGone(e)) {
            log.debug("Client gone at {}: {}", request.getDescription(false), e.toString());
            return null;
        }
        if (status.is5xxServerError()) {
            String reference = ApiProblem.newReference();
            log.error("Server error, reference {} at {}", reference, request.getDescription(false), e);
            return problem(status, "server_error", null, text("api.error.server", reference), null, null, reference,
                    headers);
        }
        Problems.Kind kind = Problems.kind(status.value());
        if (status.value() == 400) {
            return invalid(Problems.MALFORMED, Map.of(Problems.REQUEST, text(kind.messageKey())));
        }
        return problem(status, kind.error(), null, text(kind.messageKey(), uploadLimits()), null, null, null, headers);
    }

    private Object[] uploadLimits() {
        return new Object[] {multipart.getMaxFileSize().toMegabytes() + " MB",
                multipart.getMaxRequestSize().toMegabytes() + " MB"};
    }

    /** The one 400 (issue #18): category {@code validation_failed}, {@code fields} naming each field refused. */
    private ResponseEntity<Object> invalid(String code, Map<String, String> fields) {
        return problem(HttpStatus.BAD_REQUEST, Problems.INVALID, code, text("api.error.validation"), null, fields,
                null);
    }

    /** A 409 or 422: the field it concerns, if any, also in {@code fields} with the words, as a 400 names it. */
    private static ResponseEntity<Object> refusal(HttpStatus status, String error, String code, String message,
                                                  String field) {
        return problem(status, error, code, message, field, field == null ? null : Map.of(field, message), null);
    }

    private static String firstCode(MethodArgumentNotValidException e) {
        return e.getBindingResult().getFieldErrors().stream().map(FieldError::getCode).filter(c -> c != null)
                .findFirst().orElse(null);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static ResponseEntity<Object> problem(HttpStatusCode status, String error, String code, String message,
                                                  String field, Map<String, String> fields, String reference) {
        return problem(status, error, code, message, field, fields, reference, HttpHeaders.EMPTY);
    }

    private static ResponseEntity<Object> problem(HttpStatusCode status, String error, String code, String message,
                                                  String field, Map<String, String> fields, String reference,
                                                  HttpHeaders headers) {
        HttpHeaders out = new HttpHeaders();
        out.addAll(headers);
        out.setContentType(PROBLEM);
        return new ResponseEntity<>(ApiProblem.of(status.value(), error, code, message, field, fields, reference), out,
                status);
    }
}
