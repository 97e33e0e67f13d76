package cn.quzhou.stations.shared;

/**
 * A request the platform cannot read as asked (a page size over the limit, an unknown sort column, a keyword too
 * long): 400 on the API naming {@code field}. Pages never see it: they take the nearest valid value instead.
 */
public class BadRequestException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public BadRequestException(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
