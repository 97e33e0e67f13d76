package cn.quzhou.stations.application.notice.internal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Receipt numbers (回执号) for public objections: {@code YY2026-7K3M-Q9XD}. Eight random characters of Crockford's
 * alphabet (no I, L, O, U, so nothing reads as another character) give 40 bits: one receipt tells nothing about any
 * other, and guessing one is hopeless within the look-up limit. The year only helps people file their slip.
 */
public final class ReceiptNumbers {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String FORMAT = "YY\\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

    private ReceiptNumbers() {
    }

    public static String next(int year) {
        return "YY" + year + "-" + random(4) + "-" + random(4);
    }

    /** The receipt as typed, tidied (spaces dropped, upper case); null when it cannot be one, so nothing is looked up. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String receipt = typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return receipt.matches(FORMAT) ? receipt : null;
    }

    private static String random(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }
}
