package cn.quzhou.stations.organisation.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP). The platform uses what every
 * authenticator app accepts without options: HMAC-SHA1, 30-second steps, 6 digits.
 */
public final class Totp {

    public static final long STEP_SECONDS = 30;
    public static final int DIGITS = 6;
    static final String ALGORITHM = "HmacSHA1";
    /** A secret of 160 bits, the HMAC-SHA1 block output size RFC 4226 recommends. */
    static final int SECRET_BYTES = 20;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    /** The time step an instant falls in (T = floor(unix time / 30)). */
    public static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The platform's code for {@code key} at {@code step}. */
    public static String code(byte[] key, long step) {
        return code(key, step, ALGORITHM, DIGITS);
    }

    /** The code with any HMAC and length, so the RFC's own test vectors (SHA-256, SHA-512, 8 digits) can be checked. */
    static String code(byte[] key, long step, String algorithm, int digits) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            // dynamic truncation (RFC 4226 §5.3)
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16
                    | (hash[offset + 2] & 0xff) << 8 | hash[offset + 3] & 0xff;
            String code = Integer.toString(binary % POWERS[digits]);
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable: " + algorithm, e);
        }
    }
}
