package cn.quzhou.stations.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.lang.reflect.Modifier;

/**
 * Makes each component schema say what the JSON really holds (issue #18, decided once, see docs/api.md "The
 * contract"): a property of a primitive type (or marked {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}) is
 * required and never null; any other property may be answered {@code null} and is {@code nullable: true} — unless
 * its record leaves nulls out ({@code @JsonInclude(NON_NULL)}, as {@code Problem}), where it is optional instead.
 * A request body therefore accepts exactly what a response of the same record holds, so a draft read and sent back
 * unchanged is valid. The fields a record lists as {@code PERSONAL} are masked for some readers, so their pattern is
 * stated in words (it binds requests) instead of as a schema pattern the masked answer would break.
 */
final class ApiSchemas {

    private ApiSchemas() {
    }

    static void apply(Map<String, Schema> schemas, SchemaNames names) {
        schemas.forEach((name, schema) -> names.typeOf(name).ifPresent(type -> apply(schema, type)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void apply(Schema schema, Class<?> type) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        boolean omitsNulls = omitsNulls(type);
        Set<String> personal = personal(type);
        List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        Map<String, Schema> out = new LinkedHashMap<>();
        properties.forEach((json, property) -> {
            Optional<Member> member = member(type, json);
            if (member.map(ApiSchemas::anyValue).orElse(false)) {
                // a Java Object holds any JSON value (a message argument: a number, a text): no type to state
                out.put(json, new Schema<>().description(property.getDescription()));
                return;
            }
            if (member.map(ApiSchemas::listOfAnyValue).orElse(false) && property.getItems() != null) {
                property.setItems(new Schema<>());
            }
            boolean primitive = member.map(m -> m.type().isPrimitive()).orElse(false);
            boolean notNull = primitive || member.map(m -> nonNull(m.element())).orElse(false)
                    || required.contains(json);
            if (notNull && !required.contains(json)) {
                required.add(json);
            }
            boolean nullable = !notNull && !omitsNulls && !member.map(m -> omitsNulls(m.element())).orElse(false)
                    && !Boolean.TRUE.equals(property.getReadOnly()) || Boolean.TRUE.equals(property.getNullable());
            if (personal.contains(json) && property.getPattern() != null) {
                // answered masked (138****1234) to readers who may not see it in full: the pattern binds requests only
                property.setDescription("请求须符合 / a request must match: " + property.getPattern()
                        + "; 无权查看者收到打码值 / masked for readers without the right, e.g. 138****1234");
                property.setPattern(null);
            }
            out.put(json, nullable ? nullable(property) : property);
        });
        schema.setProperties(out);
        schema.setRequired(required.isEmpty() ? null : required);
    }

    /**
     * {@code nullable} beside a {@code $ref} is ignored in OpenAPI 3.0, and an {@code allOf} wrapper does not make the
     * referenced object accept null in validators: the reference is one branch of an {@code anyOf}, {@code null} the
     * other.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            Schema none = new Schema<>().type("object").nullable(true);
            none.setEnum(new java.util.ArrayList<>(java.util.Collections.singletonList(null)));
            ComposedSchema wrapper = new ComposedSchema();
            wrapper.addAnyOfItem(new Schema<>().$ref(property.get$ref()));
            wrapper.addAnyOfItem(none);
            wrapper.setDescription(property.getDescription());
            return wrapper;
        }
        property.setNullable(true);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            property.getEnum().add(null);
        }
        return property;
    }

    /** The fields a record names in its {@code PERSONAL} set: masked in answers to some readers. */
    @SuppressWarnings("unchecked")
    private static Set<String> personal(Class<?> type) {
        try {
            Field field = type.getField("PERSONAL");
            return Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof Set<?> set
                    ? (Set<String>) set : Set.of();
        } catch (ReflectiveOperationException e) {
            return Set.of();
        }
    }

    private record Member(Class<?> type, AnnotatedElement element) {
    }

    private static Optional<Member> member(Class<?> type, String json) {
        // a record component's annotations (@NotNull, @JsonProperty) are found on its private field
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (json.equals(jsonName(field, field.getName()))) {
                    return Optional.of(new Member(field.getType(), field));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean anyValue(Member member) {
        return member.type() == Object.class;
    }

    private static boolean listOfAnyValue(Member member) {
        return member.element() instanceof Field field
                && field.getGenericType() instanceof java.lang.reflect.ParameterizedType generic
                && java.util.Collection.class.isAssignableFrom(member.type())
                && generic.getActualTypeArguments()[0] == Object.class;
    }

    private static String jsonName(AnnotatedElement element, String name) {
        JsonProperty property = element.getAnnotation(JsonProperty.class);
        return property == null || property.value().isEmpty() ? name : property.value();
    }

    private static boolean nonNull(AnnotatedElement element) {
        return element.isAnnotationPresent(NotNull.class) || element.isAnnotationPresent(NotBlank.class)
                || element.isAnnotationPresent(NotEmpty.class);
    }

    private static boolean omitsNulls(AnnotatedElement element) {
        JsonInclude include = element.getAnnotation(JsonInclude.class);
        return include != null && include.value() != JsonInclude.Include.ALWAYS
                && include.value() != JsonInclude.Include.USE_DEFAULTS;
    }
}
