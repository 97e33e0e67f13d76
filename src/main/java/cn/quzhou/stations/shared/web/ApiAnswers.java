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

    BAD_REQUEST(400, (method, op) -> true),
    UNAUTHORIZED(401, (method, op) -> true),
    FORBIDDEN(403, (method, op) -> true),
    NOT_FOUND(404, (method, op) -> true),
    CONFLICT(409, (method, op) -> method != RequestMethod.GET),
    PAYLOAD_TOO_LARGE(413, (method, op) -> multipart(op)),
    UNSUPPORTED_MEDIA_TYPE(415, (method, op) -> op.getRequestBody() != null),
    UNPROCESSABLE(422, (method, op) -> method != RequestMethod.GET),
    SERVER_ERROR(500, (method, op) -> true),
    UNAVAILABLE(503, (method, op) -> true);

    final int status;
    private final BiPredicate<RequestMethod, Operation> answeredBy;

    ApiAnswers(int status, BiPredicate<RequestMethod, Operation> answeredBy) {
        this.status = status;
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
