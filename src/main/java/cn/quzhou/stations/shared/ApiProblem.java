package cn.quzhou.stations.shared;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import cn.quzhou.stations.shared.web.RequestId;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.springframework.http.HttpStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.Objects;

/**
 * The body of every API error ({@code application/problem+json}): the HTTP status, a stable category {@code error}
 * ({@code conflict}, {@code business_rule}, ...), a stable machine {@code code} (the message key of the refusal, e.g.
 * {@code application.error.illegalTransition}; the category where there is none), a localized {@code message}, for a
 * business rule the {@code field} it concerns, for a validation failure the per-field messages, a {@code reference}
 * under which a server error's detail is logged, and the {@code requestId} (also the {@code X-Request-Id} header).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status"})
public record ApiProblem(
        @Schema(requiredMode = REQUIRED, description = "HTTP 状态码 / the HTTP status") int status,
        @Schema(requiredMode = REQUIRED, description = "稳定的类别 / the stable category", example = "conflict")
        String error,
        @Schema(requiredMode = REQUIRED, description = "稳定的机器码：拒绝的消息键，否则同 error / a stable machine code: "
                + "the refusal's message key, else the category", example = "application.error.illegalTransition")
        String code,
        @Schema(requiredMode = REQUIRED, description = "按 Accept-Language 的说明 / in words, in the requested language")
        String message,
        @Schema(description = "业务规则或冲突涉及的字段，若有 / the field a business rule or conflict concerns, if any")
        String field,
        @Schema(description = "逐字段的说明：400 时总有 / each field refused, with its words: always on a 400")
        Map<String, String> fields,
        @Schema(description = "仅 500：日志中的编号 / a 500 only: the id under which the detail is logged")
        String reference,
        @Schema(requiredMode = REQUIRED, description = "请求编号，同 X-Request-Id 响应头 / the request's id, also the "
                + "X-Request-Id answer header", example = "3C5E9A01")
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * Every problem carries its category, code, words and request id ({@code Problem}'s required members): a code
     * not given is the category (and stands in for words that could not be found, rather than failing an error
     * answer); a problem made where the request's id is unknown (outside Spring MVC's request scope) takes the one
     * the log lines carry.
     */
    public ApiProblem {
        Objects.requireNonNull(error, "error");
        code = code == null ? error : code;
        message = message == null ? code : message;
        requestId = requestId == null ? RequestIds.current() : requestId;
    }

    /** The RFC 9457 problem type: a URN per category, stable across occurrences and languages. */
    public static final String TYPE_PREFIX = "urn:quzhou-stations:problem:";

    /** RFC 9457 {@code type}, derived from the category (issue #18: a client may dispatch on it or on {@code code}). */
    @JsonProperty("type")
    @Schema(requiredMode = REQUIRED, description = "问题类型（RFC 9457）：每个类别一个 URN / the problem type (RFC 9457): one URN "
            + "per category", example = "urn:quzhou-stations:problem:conflict")
    public String type() {
        return TYPE_PREFIX + error;
    }

    /** RFC 9457 {@code title}: the HTTP status's reason phrase, the same for every occurrence; {@code message} has words. */
    @JsonProperty("title")
    @Schema(requiredMode = REQUIRED, description = "HTTP 状态的简述（英文原文，不随语言变化；说明见 message）/ the status's "
            + "reason phrase (the words are in message)", example = "Conflict")
    public String title() {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? String.valueOf(status) : known.getReasonPhrase();
    }

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
