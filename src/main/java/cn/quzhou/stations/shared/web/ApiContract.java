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
 * has none ({@link ApiExamples}) and the meaning of every enum value the bundles explain ({@link EnumMeanings}).
 */
class ApiContract implements GlobalOpenApiCustomizer {

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
        describeEnums(openApi, components);
    }

    /** Every enum, in a schema's property (or its items) and in a parameter, with the meaning of its values. */
    @SuppressWarnings("rawtypes")
    private void describeEnums(OpenAPI openApi, Components components) {
        EnumMeanings meanings = new EnumMeanings(messages);
        for (Schema schema : components.getSchemas().values()) {
            if (schema.getProperties() != null) {
                for (Object property : schema.getProperties().values()) {
                    meanings.describe((Schema<?>) property);
                    meanings.describe(((Schema<?>) property).getItems());
                }
            }
        }
        operations(openApi).filter(operation -> operation.getParameters() != null)
                .flatMap(operation -> operation.getParameters().stream())
                .forEach(parameter -> {
                    meanings.describe(parameter.getSchema());
                    if (parameter.getSchema() != null) {
                        meanings.describe(parameter.getSchema().getItems());
                    }
                });
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
        ApiExamples examples = new ApiExamples(components.getSchemas());
        for (ApiAnswers answer : ApiAnswers.values()) {
            if (used.contains(answer.component())) {
                components.addResponses(answer.component(), new ApiResponse().description(text(answer.messageKey()))
                        .content(new Content().addMediaType(ApiProblem.MEDIA_TYPE, new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + SchemaNames.PROBLEM))
                                .example(problemExample(answer, examples)))));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Object problemExample(ApiAnswers answer, ApiExamples examples) {
        Object example = examples.of(new Schema<>().$ref("#/components/schemas/" + SchemaNames.PROBLEM));
        if (example instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) map);
            out.computeIfPresent("status", (k, v) -> answer.status);
            out.computeIfPresent("message", (k, v) -> text(answer.messageKey()));
            return out;
        }
        return example;
    }

    private static void addExamples(OpenAPI openApi, ApiExamples examples) {
        operations(openApi).forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> exemplify(media, examples));
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

    private String text(String key) {
        String zh = messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
        String en = messages.getMessage(key, null, key, Locale.ENGLISH);
        return zh + " / " + en;
    }
}
