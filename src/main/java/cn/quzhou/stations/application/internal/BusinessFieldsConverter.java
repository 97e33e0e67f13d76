package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.organisation.BusinessField;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The ticked business fields as one comma-separated column: the form's snapshot, not a relation. */
@Converter
class BusinessFieldsConverter implements AttributeConverter<Set<BusinessField>, String> {

    @Override
    public String convertToDatabaseColumn(Set<BusinessField> fields) {
        return fields == null || fields.isEmpty() ? null
                : fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<BusinessField> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return EnumSet.noneOf(BusinessField.class);
        }
        return Arrays.stream(column.split(",")).map(BusinessField::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(BusinessField.class)));
    }
}
