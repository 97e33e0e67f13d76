package cn.quzhou.stations.shared;

/**
 * A command refused by a business rule. {@code messageKey} names the Chinese/English message shown to
 * the user; {@code field} (may be null) says which form field it belongs to.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    public BusinessRuleException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
