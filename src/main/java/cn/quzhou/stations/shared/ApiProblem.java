package cn.quzhou.stations.shared;

import cn.quzhou.stations.shared.web.RequestId;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The body of every API error ({@code application/problem+json}): the HTTP status, a stable category {@code error}
 * ({@code conflict}, {@code business_rule}, ...), a stable machine {@code code} (the message key of the refusal, e.g.
 * {@code application.error.illegalTransition}; the category where there is none), a localized {@code message}, for a
 * business rule the {@code field} it concerns, for a validation failure the per-field messages, a {@code reference}
 * under which a server error's detail is logged, and the {@code requestId} (also the {@code X-Request-Id} header).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiProblem(int status, String error, String code, String message, String field,
                         Map<String, String> fields, String reference, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The reference of the request's error: its request id, as on the HTML error page and in the log. */
    public static String newReference() {
        return RequestIds.current();
    }

    public static ApiProblem of(int status, String error, String message, String reference) {
        return new ApiProblem(status, error, error, message, null, null, reference, RequestId.current());
    }

    /** A refusal with its machine {@code code}, the field it concerns and the per-field messages (each may be null). */
    public static ApiProblem of(int status, String error, String code, String message, String field,
                                Map<String, String> fields, String reference) {
        return new ApiProblem(status, error, code == null ? error : code, message, field,
                fields == null || fields.isEmpty() ? null : fields, reference, RequestId.current());
    }
}
