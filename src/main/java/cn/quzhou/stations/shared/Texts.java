package cn.quzhou.stations.shared;

/**
 * Free text as it may reach the database: the one canonicalisation of what a user typed. PostgreSQL refuses NUL in
 * text, and control characters and unpaired surrogates are never meant; they are dropped (tab, line feed and carriage
 * return are kept in multi-line text). {@link #clean} is for keywords and names typed in a search box.
 */
public final class Texts {

    private Texts() {
    }

    /** {@code value} without control characters or unpaired surrogates, trimmed; null when nothing is left. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = strip(value, false).strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** As {@link #clean} for text of several lines: tabs and line breaks stay. */
    public static String cleanMultiline(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = strip(value, true).strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Whether {@code value} holds anything {@link #clean} would drop. */
    public static boolean hasControlCharacters(String value) {
        return value != null && !strip(value, false).equals(value);
    }

    private static String strip(String value, boolean keepLineBreaks) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                continue; // unpaired: not a character
            } else if (Character.isISOControl(c)) {
                if (keepLineBreaks && (c == '\n' || c == '\r' || c == '\t')) {
                    out.append(c);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A LIKE pattern matching {@code keyword} anywhere, its own {@code % _ \} taken literally. */
    public static String containing(String keyword) {
        return "%" + escapeLike(keyword) + "%";
    }

    /** A LIKE pattern matching values that start with {@code keyword}. */
    public static String startingWith(String keyword) {
        return escapeLike(keyword) + "%";
    }

    private static String escapeLike(String keyword) {
        return keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
