package cn.quzhou.stations.evaluation.web;

import cn.quzhou.stations.evaluation.DeclarableParts;
import cn.quzhou.stations.evaluation.DeclarableParts.Part;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Types the self-report's check items in {@code /v3/api-docs} from the policy data (issue #13): the values of
 * {@code parts} ({@code "A1.1:OFFICE"}) and {@code reach} ({@code "PROVINCE"}) the draft request takes, and the same
 * parts per item in the report's {@code declarations}, each with the policy's words. The values are data (dated
 * measures, {@link DeclarableParts}), so they are read when the document is made, not written as a Java enum.
 * Before the shared pass ({@code ApiContract}), whose examples then take the first value.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeclarationSchemas implements GlobalOpenApiCustomizer {

    static final String DRAFT_REQUEST = "EvaluationDraftRequest";
    static final String REPORT_VIEW = "ReportView";

    private final DeclarableParts declarable;

    DeclarationSchemas(DeclarableParts declarable) {
        this.declarable = declarable;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        List<Part> parts = declarable.checkItemParts();
        List<Part> tiers = declarable.reachTiers();
        Schema draft = schemas.get(DRAFT_REQUEST);
        if (draft != null && draft.getProperties() != null) {
            if (draft.getProperties().get("parts") instanceof Schema<?> list) {
                typed(list.getItems(), parts, Part::value);
            }
            typed((Schema<?>) draft.getProperties().get("reach"), tiers, Part::value);
        }
        Schema report = schemas.get(REPORT_VIEW);
        if (report != null && report.getProperties() != null && report.getProperties().containsKey("declarations")) {
            report.getProperties().put("declarations", declarations(
                    (Schema<?>) report.getProperties().get("declarations"), parts, tiers));
        }
    }

    /** Item code → the codes declared under it; typed for every declarable item, any other left as it was. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> declarations(Schema<?> before, List<Part> parts, List<Part> tiers) {
        Map<String, List<Part>> byItem = new LinkedHashMap<>(parts.stream()
                .collect(Collectors.groupingBy(Part::itemCode, LinkedHashMap::new, Collectors.toList())));
        byItem.put(DeclarableParts.REACH_ITEM, tiers);
        ObjectSchema out = new ObjectSchema();
        out.setDescription(before.getDescription());
        out.setAdditionalProperties(before.getAdditionalProperties());
        Map<String, Schema> properties = new LinkedHashMap<>();
        byItem.forEach((item, itemParts) -> {
            StringSchema code = new StringSchema();
            typed(code, itemParts, part -> part.value().substring(part.value().indexOf(':') + 1));
            properties.put(item, new ArraySchema().items(code).uniqueItems(true));
        });
        out.setProperties(properties);
        return out;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void typed(Schema schema, List<Part> parts, java.util.function.Function<Part, String> value) {
        if (schema == null || parts.isEmpty()) {
            return;
        }
        List<Object> values = new ArrayList<>();
        List<String> meanings = new ArrayList<>();
        for (Part part : parts) {
            values.add(value.apply(part));
            meanings.add(value.apply(part) + " — " + part.description());
        }
        schema.setEnum(values);
        schema.setDescription(String.join("; ", meanings));
    }
}
