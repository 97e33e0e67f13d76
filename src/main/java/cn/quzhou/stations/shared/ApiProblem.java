package cn.quzhou.stations.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The body of every API error ({@code application/problem+json}): the HTTP status, a stable
 * machine-readable {@code error} code, a localized {@code message}, for a business rule the
 * {@code field} it concerns, for a validation failure the per-field messages, and a {@code reference}
 * under which a server error's detail is logged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiProblem(int status, String error, String message, String field, Map<String, String> fields,
                         String reference) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The reference of the request's error: its request id, as on the HTML error page and in the log. */
    public static String newReference() {
        return RequestIds.current();
    }

    public static ApiProblem of(int status, String error, String message, String reference) {
        return new ApiProblem(status, error, message, null, null, reference);
    }
}
