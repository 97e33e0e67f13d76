package cn.quzhou.stations.shared;

/**
 * A caller over a rate limit: 429 on the API with {@code Retry-After} (seconds) and the message of
 * {@code messageKey}; pages show their own "too many" page.
 */
public class TooManyRequestsException extends RuntimeException {

    private final String messageKey;
    private final long retryAfterSeconds;

    public TooManyRequestsException(String messageKey, long retryAfterSeconds) {
        super(messageKey);
        this.messageKey = messageKey;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String messageKey() {
        return messageKey;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
