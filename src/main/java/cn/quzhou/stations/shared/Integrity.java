package cn.quzhou.stations.shared;

/**
 * Message authentication codes for records that must not change unnoticed (the audit chain, published results,
 * payments, ledger lines). The key lives outside the database ({@code platform.integrity.*}); every MAC names the key
 * that made it, so a key can be rotated and rows sealed with an older key stay verifiable while that key is kept.
 */
public interface Integrity {

    /** A MAC of {@code canonical} under the current key: store both values beside the record. */
    Seal seal(String canonical);

    /** Whether {@code mac} (as {@link #seal} made it, algorithm-prefixed) is the MAC of {@code canonical}. */
    Check check(String keyId, String canonical, String mac);

    /** @param mac algorithm-prefixed hex, e.g. {@code sm3:9a…} or {@code sha256:4f…} */
    record Seal(String keyId, String mac) {
    }

    enum Check {
        VALID, INVALID,
        /** the key that made the MAC is not configured: the record can be neither confirmed nor refuted */
        KEY_UNAVAILABLE
    }

    /**
     * Joins fields into one unambiguous string: each is length-prefixed, so no two different field lists give the
     * same input (null is written as -1).
     */
    static String canonical(Object... fields) {
        StringBuilder in = new StringBuilder(256);
        for (Object field : fields) {
            if (field == null) {
                in.append("-1:");
            } else {
                String s = field.toString();
                in.append(s.length()).append(':').append(s);
            }
            in.append('|');
        }
        return in.toString();
    }
}
