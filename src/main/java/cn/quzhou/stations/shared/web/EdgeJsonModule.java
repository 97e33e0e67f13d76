package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.Input;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link Input}'s rule for every JSON body: a string with control characters or a lone surrogate, a date outside
 * {@value Input#MIN_YEAR}–{@value Input#MAX_YEAR}, is refused while reading, so that the 400 names the field ({@link
 * ApiExceptionHandler}) and nothing reaches the database.
 */
@Component
class EdgeJsonModule extends SimpleModule {

    EdgeJsonModule() {
        super("platform-edge");
        addDeserializer(String.class, new CheckedString());
        addDeserializer(LocalDate.class, new CheckedDate(LocalDateDeserializer.INSTANCE));
    }

    /** A value refused by {@link Input}: {@code messageKey} says why. */
    static final class Refused extends InvalidFormatException {

        private final String messageKey;

        Refused(JsonParser p, String messageKey, Object value, Class<?> type) {
            super(p, messageKey, value, type);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private static final class CheckedString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (Input.hasForbiddenCharacters(value)) {
                throw new Refused(p, Input.CONTROL_CHARACTERS, value, String.class);
            }
            return value;
        }
    }

    /** Wraps the date deserializer, also in its contextual copies (a property's own format makes a new one). */
    private static final class CheckedDate extends ValueDeserializer<LocalDate> {

        private final ValueDeserializer<?> delegate;

        CheckedDate(ValueDeserializer<?> delegate) {
            this.delegate = delegate;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            return new CheckedDate(delegate.createContextual(ctxt, property));
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            // the parser trims what String.trim() drops, NUL included: look at the text as sent
            if (p.hasToken(JsonToken.VALUE_STRING) && Input.hasForbiddenCharacters(p.getValueAsString())) {
                throw new Refused(p, Input.CONTROL_CHARACTERS, p.getValueAsString(), LocalDate.class);
            }
            LocalDate value = (LocalDate) delegate.deserialize(p, ctxt);
            if (!Input.inRange(value)) {
                throw new Refused(p, Input.DATE_RANGE, value, LocalDate.class);
            }
            return value;
        }
    }
}
