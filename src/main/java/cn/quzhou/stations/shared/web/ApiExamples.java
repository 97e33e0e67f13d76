package cn.quzhou.stations.shared.web;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An example value made from a schema, for every request and answer body that has none of its own (issue #18): each
 * property with a value fitting its type, format, bounds, enum and pattern, so that the example is valid against the
 * schema (Spectral checks it). {@code null} where no fitting value is found.
 */
final class ApiExamples {

    private static final int DEPTH = 8;
    /** Values tried, in order, for a string with a pattern: credit code, mobile, year, code-like words. */
    private static final List<String> PATTERNED = List.of("91330800MA2ABCDE1X", "13800000000", "2026", "A1", "a",
            "ABC", "0570-1234567", "");

    private final Map<String, Schema> components;

    ApiExamples(Map<String, Schema> components) {
        this.components = components;
    }

    Object of(Schema<?> schema) {
        return of(schema, 0);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Object of(Schema<?> schema, int depth) {
        if (schema == null || depth > DEPTH) {
            return null;
        }
        if (schema.get$ref() != null) {
            return of(components.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)), depth + 1);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return of(schema.getAllOf().get(0), depth + 1);
        }
        if (schema.getAnyOf() != null && !schema.getAnyOf().isEmpty()) {
            return of(schema.getAnyOf().get(0), depth + 1);
        }
        if (schema.getEnum() != null) {
            return schema.getEnum().stream().filter(v -> v != null).findFirst().orElse(null);
        }
        String type = schema.getType() == null && schema.getProperties() != null ? "object" : schema.getType();
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> number(schema, BigDecimal.ONE).toBigInteger();
            case "number" -> number(schema, new BigDecimal("10.50"));
            case "boolean" -> Boolean.TRUE;
            case "string" -> string(schema);
            default -> null;
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Object object(Schema<?> schema, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                Object value = of(property.getValue(), depth + 1);
                boolean required = schema.getRequired() != null && schema.getRequired().contains(property.getKey());
                if (value == null && required) {
                    return null;
                }
                if (value != null) {
                    out.put(property.getKey(), value);
                }
            }
        } else if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            Object value = of(values, depth + 1);
            if (value != null) {
                out.put("key", value);
            }
        }
        return out;
    }

    private List<Object> array(Schema<?> schema, int depth) {
        Object item = of(schema.getItems(), depth + 1);
        List<Object> out = new ArrayList<>();
        if (item != null && (schema.getMaxItems() == null || schema.getMaxItems() > 0)) {
            out.add(item);
        }
        return schema.getMinItems() != null && schema.getMinItems() > out.size() ? null : out;
    }

    private static BigDecimal number(Schema<?> schema, BigDecimal preferred) {
        BigDecimal value = preferred;
        if (schema.getMinimum() != null && value.compareTo(schema.getMinimum()) < 0) {
            value = schema.getMinimum();
        }
        if (schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0) {
            value = schema.getMaximum();
        }
        return value;
    }

    private static String string(Schema<?> schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        String value = switch (format) {
            case "date" -> "2026-03-02";
            case "date-time" -> "2026-03-02T08:30:00Z";
            case "email" -> "contact@example.cn";
            case "uuid" -> "3f2c8a4e-8d1b-4c7a-9f6e-2b5d7c1a0e94";
            case "uri", "uri-reference" -> "https://example.cn/";
            case "binary", "byte" -> null;
            default -> "示例";
        };
        if (value == null) {
            return null;
        }
        if (schema.getPattern() != null) {
            Pattern pattern = Pattern.compile(schema.getPattern());
            return PATTERNED.stream().filter(candidate -> pattern.matcher(candidate).find()
                    && fits(schema, candidate)).findFirst().orElse(null);
        }
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        while (value.length() < min) {
            value = value + "示例";
        }
        return schema.getMaxLength() != null && value.length() > schema.getMaxLength()
                ? value.substring(0, schema.getMaxLength()) : value;
    }

    private static boolean fits(Schema<?> schema, String value) {
        return (schema.getMinLength() == null || value.length() >= schema.getMinLength())
                && (schema.getMaxLength() == null || value.length() <= schema.getMaxLength());
    }
}
