package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.ListParameters;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.ListRequest;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;

/**
 * The list parameters of every handler taking a {@link ListRequest} (issue #18), stated once here instead of on each
 * handler: {@code page} (or the cursor {@code after} on a keyset list), {@code size}, {@code sort} and {@code q},
 * with the bounds {@link ListQuery} enforces. The example sort is the handler's {@link ListParameters#sort()}; the
 * list's own filters stay on the handler.
 */
class ApiListParameters implements GlobalOperationCustomizer {

    private final MessageSource messages;

    ApiListParameters(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        listParameter(handler).ifPresent(list -> {
            Optional<ListParameters> declared = Optional.ofNullable(list.getParameterAnnotation(ListParameters.class));
            List<Parameter> parameters = new ArrayList<>(declared.map(ListParameters::keyset).orElse(false)
                    ? List.of(after()) : List.of(page()));
            parameters.add(size());
            parameters.add(sort(declared.map(ListParameters::sort).orElse(null)));
            parameters.add(keyword());
            if (operation.getParameters() != null) {
                operation.getParameters().stream()
                        .filter(p -> parameters.stream().noneMatch(ours -> ours.getName().equals(p.getName())))
                        .forEach(parameters::add);
            }
            operation.setParameters(parameters);
        });
        return operation;
    }

    private static Optional<MethodParameter> listParameter(HandlerMethod handler) {
        return Stream.of(handler.getMethodParameters())
                .filter(parameter -> parameter.getParameterType() == ListRequest.class).findFirst();
    }

    private Parameter page() {
        return query("page", new IntegerSchema().format("int32").minimum(BigDecimal.ONE)
                .maximum(BigDecimal.valueOf(ListQuery.MAX_PAGE))._default(1));
    }

    private Parameter after() {
        return query("after", new IntegerSchema().format("int64").minimum(BigDecimal.ONE));
    }

    private Parameter size() {
        return query("size", new IntegerSchema().format("int32").minimum(BigDecimal.ONE)
                .maximum(BigDecimal.valueOf(ListQuery.MAX_SIZE))._default(ListQuery.DEFAULT_SIZE));
    }

    private Parameter sort(String example) {
        Schema<String> schema = new StringSchema();
        if (example != null) {
            schema.example(example);
        }
        return query("sort", schema);
    }

    private Parameter keyword() {
        return query("q", new StringSchema().maxLength(ListQuery.MAX_KEYWORD));
    }

    private Parameter query(String name, Schema<?> schema) {
        String key = "api.docs.list." + name;
        String zh = messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
        String en = messages.getMessage(key, null, key, Locale.ENGLISH);
        return new Parameter().in("query").name(name).required(false).description(zh + " / " + en).schema(schema);
    }
}
