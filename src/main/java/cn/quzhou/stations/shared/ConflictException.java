package cn.quzhou.stations.shared;

/**
 * A command that conflicts with the record's current state: a transition the state machine does not
 * allow from where the record is now, or a stale version. The API answers 409 with the localized
 * reason; HTML forms show it like any other {@link BusinessRuleException}.
 */
public class ConflictException extends BusinessRuleException {

    public ConflictException(String messageKey, Object... args) {
        super(null, messageKey, args);
    }

    public ConflictException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
