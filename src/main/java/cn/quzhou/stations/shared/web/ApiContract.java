package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.ApiProblem;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.MessageSource;

/**
 * The last pass over {@code /v3/api-docs} (issue #18): the {@code Problem} schema (made from {@link ApiProblem}
 * itself, so it follows the record) and the shared problem answers the operations refer to ({@link ApiAnswers}),
 * nullability and required properties ({@link ApiSchemas}), an example for every request and answer body that
 * has none ({@link ApiExamples}). The meaning of enum values is added while the schemas are made
 * ({@link EnumMeaningConverter}).
 */
class ApiContract implements GlobalOpenApiCustomizer {

    /** The request id (and a 500's reference) the problem examples show. */
    private static final String EXAMPLE_ID = "3C5E9A01";

    private final MessageSource messages;
    private final SchemaNames names;

    ApiContract(MessageSource messages, SchemaNames names) {
        this.messages = messages;
        this.names = names;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        if (components.getSchemas() == null) {
            components.setSchemas(new LinkedHashMap<>());
        }
        addProblemSchema(components);
        ApiSchemas.apply(components.getSchemas(), names);
        addProblemAnswers(openApi, components);
        addExamples(openApi, new ApiExamples(components.getSchemas()));
    }

    @SuppressWarnings("rawtypes")
    private static void addProblemSchema(Components components) {
        ResolvedSchema problem = ModelConverters.getInstance()
                .resolveAsResolvedSchema(new AnnotatedType(ApiProblem.class).resolveAsRef(false));
        components.getSchemas().put(SchemaNames.PROBLEM, problem.schema);
        if (problem.referencedSchemas != null) {
            for (Map.Entry<String, Schema> referenced : problem.referencedSchemas.entrySet()) {
                components.getSchemas().putIfAbsent(referenced.getKey(), referenced.getValue());
            }
        }
    }

    /** Only the answers some operation refers to (an unused component is a lint warning). */
    private void addProblemAnswers(OpenAPI openApi, Components components) {
        Set<String> used = new TreeSet<>();
        operations(openApi).forEach(operation -> operation.getResponses().values().stream()
                .filter(response -> response.get$ref() != null)
                .forEach(response -> used.add(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1))));
        for (ApiAnswers answer : ApiAnswers.values()) {
            if (used.contains(answer.component())) {
                components.addResponses(answer.component(), new ApiResponse().description(text(answer.messageKey()))
                        .content(new Content().addMediaType(ApiProblem.MEDIA_TYPE, new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + SchemaNames.PROBLEM))
                                .example(problemExample(answer)))));
            }
        }
    }

    /** A problem as this status answers it: its category, code and words, and what only it carries. */
    private Object problemExample(ApiAnswers answer) {
        String code = switch (answer.status) {
            case 400 -> Problems.REQUIRED;
            case 409 -> "error.concurrentModification";
            case 422 -> "input.error.unknownReference";
            default -> answer.error;
        };
        String message = switch (answer.status) {
            case 400 -> zh("api.error.validation");
            case 401 -> zh("api.error.unauthorized");
            case 403 -> zh("api.error.forbidden");
            case 404 -> zh("api.error.notFound");
            case 413 -> zh("api.error.payloadTooLarge", "20 MB", "25 MB");
            case 415 -> zh("api.error.unsupportedMediaType");
            case 422 -> zh(code, "societyId");
            case 500 -> zh("api.error.server", EXAMPLE_ID);
            case 503 -> zh("api.error.unavailable");
            default -> zh(code);
        };
        Map<String, Object> out = new LinkedHashMap<>();
        var problem = new cn.quzhou.stations.shared.ApiProblem(answer.status, answer.error, code, message, null, null,
                null, EXAMPLE_ID);
        out.put("type", problem.type());
        out.put("title", problem.title());
        out.put("status", answer.status);
        out.put("error", answer.error);
        out.put("code", code);
        out.put("message", message);
        if (answer.status == 400) {
            out.put("fields", Map.of("version", zh(Problems.REQUIRED)));
        } else if (answer.status == 422) {
            out.put("field", "societyId");
            out.put("fields", Map.of("societyId", message));
        } else if (answer.status == 500) {
            out.put("reference", EXAMPLE_ID);
        }
        out.put("requestId", EXAMPLE_ID);
        return out;
    }

    private static void addExamples(OpenAPI openApi, ApiExamples examples) {
        operations(openApi).forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().forEach((type, media) -> exemplify(media,
                        type.startsWith("multipart/") ? examples.forUploads() : examples));
            }
            operation.getResponses().values().stream().filter(response -> response.getContent() != null)
                    .forEach(response -> response.getContent().values().forEach(media -> exemplify(media, examples)));
        });
    }

    private static void exemplify(MediaType media, ApiExamples examples) {
        if (media.getExample() == null && media.getExamples() == null && media.getSchema() != null) {
            Object example = examples.of(media.getSchema());
            if (example != null) {
                media.setExample(example);
            }
        }
    }

    private static java.util.stream.Stream<Operation> operations(OpenAPI openApi) {
        return openApi.getPaths() == null ? java.util.stream.Stream.empty()
                : openApi.getPaths().values().stream().flatMap(path -> path.readOperations().stream());
    }

    private String zh(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    private String text(String key) {
        String zh = messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
        String en = messages.getMessage(key, null, key, Locale.ENGLISH);
        return zh + " / " + en;
    }
}
