package cn.quzhou.stations.shared.web;

import io.swagger.v3.oas.models.Operation;
import java.util.List;
import java.util.function.BiPredicate;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The error statuses of the API and which operations can answer them — the one place {@code /v3/api-docs} takes them
 * from (issue #18). It mirrors the exception → status mapping of {@link ApiExceptionHandler}, the token filter
 * ({@code ApiSecurityErrors}: 401, 403) and {@link IdempotentPosts} (400, 409, 422 on a POST): every answer of those
 * is an {@link cn.quzhou.stations.shared.ApiProblem} ({@code application/problem+json}). The validator wrapped around
 * every API test (testsupport {@code ApiContract}) fails on a status an operation does not list, so a new refusal
 * that this table lacks is found by the first test that meets it.
 */
enum ApiAnswers {

    BAD_REQUEST(400, Problems.INVALID, (method, op) -> true),
    UNAUTHORIZED(401, "unauthorized", (method, op) -> true),
    FORBIDDEN(403, "forbidden", (method, op) -> true),
    NOT_FOUND(404, "not_found", (method, op) -> true),
    CONFLICT(409, "conflict", (method, op) -> method != RequestMethod.GET),
    PAYLOAD_TOO_LARGE(413, "payload_too_large", (method, op) -> multipart(op)),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type", (method, op) -> op.getRequestBody() != null),
    UNPROCESSABLE(422, "business_rule", (method, op) -> method != RequestMethod.GET),
    SERVER_ERROR(500, "server_error", (method, op) -> true),
    UNAVAILABLE(503, "unavailable", (method, op) -> true);

    final int status;
    /** The problem's {@code error} category for this status (its example shows it). */
    final String error;
    private final BiPredicate<RequestMethod, Operation> answeredBy;

    ApiAnswers(int status, String error, BiPredicate<RequestMethod, Operation> answeredBy) {
        this.status = status;
        this.error = error;
        this.answeredBy = answeredBy;
    }

    static List<ApiAnswers> of(RequestMethod method, Operation operation) {
        return List.of(values()).stream().filter(answer -> answer.answeredBy.test(method, operation)).toList();
    }

    /** The name of the shared response in {@code components.responses}. */
    String component() {
        return "Problem" + status;
    }

    /** The bilingual description's message key (api bundle). */
    String messageKey() {
        return "api.docs.status." + status;
    }

    private static boolean multipart(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey("multipart/form-data");
    }
}
