package cn.quzhou.stations.organisation.internal;

import java.security.SecureRandom;

/** One-time secrets for a password reset or a bootstrap: random, 20 characters, every class, nothing ambiguous. */
public final class TemporarySecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "#%+-=?@";
    private static final String ALL = LOWER + UPPER + DIGITS + SYMBOLS;
    private static final int LENGTH = 20;

    private TemporarySecrets() {
    }

    public static String generate() {
        StringBuilder b = new StringBuilder(LENGTH);
        // one of each class first (at shuffled places below), so the secret also meets the composition rule
        b.append(pick(LOWER)).append(pick(UPPER)).append(pick(DIGITS)).append(pick(SYMBOLS));
        while (b.length() < LENGTH) {
            b.append(pick(ALL));
        }
        for (int i = b.length() - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char c = b.charAt(i);
            b.setCharAt(i, b.charAt(j));
            b.setCharAt(j, c);
        }
        return b.toString();
    }

    private static char pick(String alphabet) {
        return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }
}
