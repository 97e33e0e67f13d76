package cn.quzhou.stations.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * 统一社会信用代码 — the 18-character unified social credit code of GB 32100-2015.
 * <p>Positions 1–17 are drawn from a 31-character alphabet (no I, O, Z, S, V); position 18 is a
 * check character computed modulo 31 with fixed weights. Positions 3–8 are the administrative
 * division code and must be digits.
 */
public record CreditCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("invalid unified social credit code");
        }
    }

    /** Accepts lower case and surrounding blanks, as people type them. */
    public static CreditCode parse(String raw) {
        return new CreditCode(normalise(raw));
    }

    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(code.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return code.charAt(17) == checkCharacter(sum);
    }

    /** The check character for the first 17 characters of a code (exposed for fixtures and tests). */
    public static char checkCharacterFor(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return checkCharacter(sum);
    }

    private static char checkCharacter(int weightedSum) {
        int c = 31 - weightedSum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    @Override
    public String toString() {
        return value;
    }
}
