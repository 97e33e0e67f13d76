package cn.quzhou.stations.organisation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** How personal access tokens look and are stored: {@code qzst_} + 32 random bytes, kept as SHA-256 hex. */
public final class AccessTokenSecrets {

    public static final String PREFIX = "qzst_";
    /** Characters of the token shown to its owner (the prefix and 7 random characters). */
    public static final int DISPLAY_LENGTH = 12;
    private static final int MAX_LENGTH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessTokenSecrets() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String displayPrefix(String token) {
        return token.substring(0, DISPLAY_LENGTH);
    }

    /** Whether {@code candidate} can be a token at all (checked before any database look-up). */
    public static boolean looksLikeToken(String candidate) {
        return candidate != null && candidate.startsWith(PREFIX) && candidate.length() > DISPLAY_LENGTH
                && candidate.length() <= MAX_LENGTH;
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
