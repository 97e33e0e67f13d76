package cn.quzhou.stations.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A command that conflicts with the record's current state: a transition the state machine does not
 * allow from where the record is now, or a stale version. The API answers 409 with the localized
 * reason; HTML forms show it like any other {@link BusinessRuleException}.
 *
 * <p>Built only through {@link #of} and {@link #onField}: two public constructors {@code (key, args...)} and
 * {@code (field, key, args...)} once collided whenever the first argument was a String, so the message key became
 * the field and an enum name the message (issue #13). A state or decision is passed as {@link #label} so that the
 * message names it in words ("已认定"), never as {@code RECOGNISED}.
 */
public class ConflictException extends BusinessRuleException {

    protected ConflictException(String field, String messageKey, Object[] args) {
        super(field, messageKey, args == null ? new Object[0] : args);
    }

    /** A conflict that concerns the record as a whole. */
    public static ConflictException of(String messageKey, Object... args) {
        return new ConflictException(null, messageKey, args);
    }

    /** A conflict that concerns one field of the form or command. */
    public static ConflictException onField(String field, String messageKey, Object... args) {
        return new ConflictException(field, messageKey, args);
    }

    /**
     * A message argument that reads as the Chinese/English name of {@code value}, under the key prefix its enum
     * names with {@link Labels} — the words the pages and {@code /v3/api-docs} use (e.g. {@code label(RECOGNISED)} →
     * 已认定). Spring's message source
     * resolves such arguments itself, so the API and the pages show the same words.
     */
    public static MessageSourceResolvable label(Enum<?> value) {
        String key = EnumLabels.prefixOf(value.getDeclaringClass()) + "." + value.name();
        return new DefaultMessageSourceResolvable(new String[] {key}, value.name());
    }

    /** A year as a message argument: a plain string, so that no format prints it as "2,026". */
    public static String year(int year) {
        return Integer.toString(year);
    }
}
