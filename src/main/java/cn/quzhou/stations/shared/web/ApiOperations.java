package cn.quzhou.stations.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Completes every operation of {@code /v3/api-docs} by rule, so that a new endpoint gets it without a line of its own
 * (issue #18): a stable operationId (the controller's resource and the method: {@code UnitApiController.create} →
 * {@code unitCreate}; never springdoc's {@code _1}), a bilingual description from the summary's message key, the
 * success status as the code answers it and every error status of {@link ApiAnswers} as a problem answer.
 * <ul>
 *   <li>{@code ResponseEntity<Void>}: 204, no body;</li>
 *   <li>{@code ResponseEntity} of a file ({@code Resource}, a stream): 200 in the mapping's {@code produces} types;</li>
 *   <li>{@code ResponseEntity<T>} answering a POST: 201 with {@code Location} (the code uses
 *       {@code ResponseEntity.created});</li>
 *   <li>{@code @ResponseStatus} and plain return values as springdoc reads them.</li>
 * </ul>
 */
class ApiOperations implements GlobalOperationCustomizer {

    static final String LOCATION = "Location";

    private final MessageSource messages;
    /** operationId → the Java method it was made for: a second method with the same id is a collision. */
    private final Map<String, String> ids = new ConcurrentHashMap<>();
    private final Set<String> collisions = ConcurrentHashMap.newKeySet();

    ApiOperations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        operation.setOperationId(operationId(handler));
        describe(operation, handler);
        RequestMethod method = methodOf(handler);
        successAnswer(operation, handler, method);
        for (ApiAnswers answer : ApiAnswers.of(method, operation)) {
            operation.getResponses().addApiResponse(String.valueOf(answer.status),
                    new ApiResponse().$ref("#/components/responses/" + answer.component()));
        }
        return operation;
    }

    Set<String> collisions() {
        return Set.copyOf(collisions);
    }

    private String operationId(HandlerMethod handler) {
        String resource = SchemaNames.nameOf(handler.getBeanType()).replaceFirst("(Api|Json)?Controller$", "");
        String name = handler.getMethod().getName();
        String id = StringUtils.uncapitalize(resource) + StringUtils.capitalize(name);
        String where = handler.getBeanType().getName() + "#" + name;
        String before = ids.putIfAbsent(id, where);
        if (before != null && !before.equals(where)) {
            collisions.add(id + ": " + before + ", " + where);
        }
        return id;
    }

    /** The summary's message key in Chinese, then in English: the description every operation carries. */
    private void describe(Operation operation, HandlerMethod handler) {
        io.swagger.v3.oas.annotations.Operation annotation =
                handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
        String key = annotation == null ? "" : annotation.summary();
        if (StringUtils.hasText(operation.getDescription()) || !StringUtils.hasText(key)) {
            if (!StringUtils.hasText(operation.getDescription())) {
                operation.setDescription(operation.getSummary());
            }
            return;
        }
        String zh = messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
        String en = messages.getMessage(key, null, key, Locale.ENGLISH);
        operation.setDescription(zh.equals(en) ? zh : zh + "\n\n" + en);
    }

    private static RequestMethod methodOf(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping == null || mapping.method().length == 0 ? RequestMethod.GET : mapping.method()[0];
    }

    private static void successAnswer(Operation operation, HandlerMethod handler, RequestMethod method) {
        if (!ResponseEntity.class.isAssignableFrom(handler.getReturnType().getParameterType())) {
            return;
        }
        Class<?> body = ResolvableType.forMethodParameter(handler.getReturnType()).getGeneric(0).resolve(Object.class);
        ApiResponses responses = operation.getResponses();
        ApiResponse ok = responses.remove("200");
        if (body == Void.class) {
            responses.addApiResponse("204", new ApiResponse().description("No Content"));
        } else if (Resource.class.isAssignableFrom(body) || StreamingResponseBody.class.isAssignableFrom(body)) {
            responses.addApiResponse("200", file(handler));
        } else if (method == RequestMethod.POST && ok != null) {
            responses.addApiResponse("201", ok.description("Created").addHeaderObject(LOCATION, new Header()
                    .required(true).description("The address of the created record / 新记录的地址")
                    .schema(new StringSchema().format("uri-reference"))));
        } else if (ok != null) {
            responses.addApiResponse("200", ok);
        }
    }

    private static ApiResponse file(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        String[] types = mapping == null || mapping.produces().length == 0
                ? new String[] {org.springframework.http.MediaType.APPLICATION_OCTET_STREAM_VALUE} : mapping.produces();
        Content content = new Content();
        for (String type : types) {
            content.addMediaType(type, new MediaType().schema(new StringSchema().format("binary")));
        }
        return new ApiResponse().description("The file / 文件").content(content);
    }
}
