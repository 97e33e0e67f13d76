package cn.quzhou.stations.shared.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;

/**
 * Explains every enum schema while it is made, when its Java class is still known ({@link EnumMeanings}): a
 * property's, an array's items' and a parameter's alike. First in the converter chain, it only adds to what the
 * others resolve.
 */
class EnumMeaningConverter implements ModelConverter {

    private final EnumMeanings meanings;

    EnumMeaningConverter(EnumMeanings meanings) {
        this.meanings = meanings;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema != null && schema.getEnum() != null && type.getType() != null) {
            Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
            if (raw.isEnum()) {
                meanings.describe(raw, schema);
            }
        }
        return schema;
    }
}
