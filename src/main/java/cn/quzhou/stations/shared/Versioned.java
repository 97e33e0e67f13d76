package cn.quzhou.stations.shared;

import java.util.function.Supplier;

/**
 * The one optimistic-version check (issue #16): a command carries the version of the record its user saw; when the
 * record has changed since, the command is refused as a conflict (HTTP 409) whose message says what happened.
 */
public final class Versioned {

    private Versioned() {
    }

    /** Refused when the command carries no version or another one than the record's. */
    public static void require(long current, Integer seen, String messageKey) {
        require(current, seen, () -> ConflictException.of(messageKey));
    }

    public static void require(long current, Integer seen, Supplier<? extends ConflictException> conflict) {
        if (seen == null || current != seen) {
            throw conflict.get();
        }
    }

    /** For commands where the version is optional (an older client sends none): checked only when given. */
    public static void requireIfGiven(long current, Integer seen, String messageKey) {
        if (seen != null) {
            require(current, seen, messageKey);
        }
    }
}
