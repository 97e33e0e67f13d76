package cn.quzhou.stations.shared;

/**
 * How personal data is shown to whoever need not see it in full: a mobile as {@code 138****1234}, an e-mail as
 * {@code z***@example.com}, any other number (landline, ID, bank account) with all but its last four characters
 * hidden. Blank stays blank, so an empty field does not look filled.
 */
public final class Masks {

    private Masks() {
    }

    /**
     * What a client sent for a personal-data field, or the stored value when the client sent back exactly the stored
     * value masked ({@code 133****5678}): whoever writes back what an answer showed keeps the value instead of
     * overwriting it with stars.
     */
    public static String unmasked(String sent, String stored) {
        return sent != null && stored != null && sent.strip().equals(mask(stored)) ? stored : sent;
    }

    public static String mask(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String v = value.strip();
        int at = v.indexOf('@');
        if (at > 0) {
            return v.charAt(0) + "***" + v.substring(at);
        }
        if (v.matches("1\\d{10}")) {
            return v.substring(0, 3) + "****" + v.substring(7);
        }
        return v.length() <= 4 ? "****" : "*".repeat(Math.min(v.length() - 4, 8)) + v.substring(v.length() - 4);
    }
}
