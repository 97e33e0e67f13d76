package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.ApiProblem;
import io.swagger.v3.core.jackson.TypeNameResolver;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the component schemas of {@code /v3/api-docs} by one rule, so that two records never share a schema
 * (issue #18): a top-level type keeps its simple name, a nested type is prefixed by its enclosing type
 * ({@code RecognitionView.Line} → {@code RecognitionViewLine}, {@code PanelApiController.Assignment} →
 * {@code PanelAssignment}: a controller's "ApiController" suffix is dropped). The names are stable: they depend on
 * the type alone, never on which other types exist. Two types that still end with the same name are remembered and
 * reported by {@link #collisions()} (a test fails on them; rename or nest one).
 */
final class SchemaNames extends TypeNameResolver {

    /** The one problem schema of every error answer. */
    static final String PROBLEM = "Problem";

    /*
     * Shared by every instance: swagger's converter chain (ModelConverters.getInstance()) is one per JVM, so when a
     * second application context starts in the same JVM (the tests' second instance) its resolver replaces the first
     * one's, and a per-instance map of the first context would stay empty: its document lost every nullable mark.
     * The names are a function of the types, so one map serves every context.
     */
    private static final Map<String, Class<?>> classes = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> collisions = new ConcurrentHashMap<>();

    @Override
    protected String getNameOfClass(Class<?> type) {
        String name = nameOf(type);
        Class<?> before = classes.putIfAbsent(name, type);
        // enums are written inline, never as a named schema: two of the same name cannot clash
        if (before != null && before != type && type.getName().startsWith("cn.quzhou.") && !type.isEnum()) {
            collisions.computeIfAbsent(name, n -> new TreeSet<>()).addAll(Set.of(before.getName(), type.getName()));
        }
        return name;
    }

    static String nameOf(Class<?> type) {
        if (type == ApiProblem.class) {
            return PROBLEM;
        }
        Class<?> outer = type.getEnclosingClass();
        if (outer == null || !type.getName().startsWith("cn.quzhou.")) {
            return type.getSimpleName();
        }
        return nameOf(outer).replaceFirst("(Api|Json)?Controller$", "") + type.getSimpleName();
    }

    /** The Java type a component schema was made from, if it was made from one of the platform's types. */
    Optional<Class<?>> typeOf(String schemaName) {
        Class<?> type = classes.get(schemaName);
        if (type == null) {
            // a generic type's schema is named after it and its arguments: ApiPageHostUnitRow is an ApiPage
            type = classes.entrySet().stream()
                    .filter(e -> e.getValue().getTypeParameters().length > 0 && schemaName.startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        return type != null && type.getName().startsWith("cn.quzhou.") ? Optional.of(type) : Optional.empty();
    }

    /** Schema names that two different types ended with: schema name → the types' names. */
    Map<String, Set<String>> collisions() {
        return new TreeMap<>(collisions);
    }
}
