package cn.quzhou.stations.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an audit row: SHA-256 over the previous row's hash and every recorded field, each
 * field length-prefixed so that no two different rows can produce the same input.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    /**
     * What a row's HMAC covers: the previous row's link ({@link ChainLink#link()}) and the same fields as the hash.
     * The hash itself is left out: it is unkeyed, so anyone can recompute it, and the MAC must not depend on it.
     */
    static String macInput(String prevLink, Instant occurredAt, String actor, String actorIp, String action,
                           String objectType, String objectId, String outcome, String summary) {
        return "audit-v1|" + cn.quzhou.stations.shared.Integrity.canonical(prevLink, occurredAt.toString(), actor,
                actorIp, action, objectType, objectId, outcome, summary);
    }

    static String of(String prevHash, Instant occurredAt, String actor, String actorIp, String action,
                     String objectType, String objectId, String outcome, String summary) {
        StringBuilder in = new StringBuilder(256);
        for (String field : new String[] {prevHash, occurredAt.toString(), actor, actorIp, action,
                objectType, objectId, outcome, summary}) {
            if (field == null) {
                in.append("-1:");
            } else {
                in.append(field.length()).append(':').append(field);
            }
            in.append('|');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(in.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
