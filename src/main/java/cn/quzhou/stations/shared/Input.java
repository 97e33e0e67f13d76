package cn.quzhou.stations.shared;

import java.time.LocalDate;

/**
 * The one rule for what a caller may send (issue #13), applied at the edge to every JSON field, form field and
 * request parameter: <b>control characters are refused, never stripped</b> — NUL and the other C0/C1 controls
 * (tab, line feed and carriage return excepted) and unpaired surrogates make the request a 400 naming the field;
 * dates lie in {@value #MIN_YEAR}–{@value #MAX_YEAR} (every date of the programme does). Refusing rather than
 * silently cleaning means what is stored is what was sent. ({@link Texts} still cleans what other code builds.)
 */
public final class Input {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    public static final String CONTROL_CHARACTERS = "input.error.controlCharacters";
    public static final String DATE_RANGE = "input.error.dateRange";

    private Input() {
    }

    /** Whether {@code value} holds a control character (other than tab and line breaks) or an unpaired surrogate. */
    public static boolean hasForbiddenCharacters(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)
                    || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code date} lies within the years the platform accepts. */
    public static boolean inRange(LocalDate date) {
        return date == null || date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
    }

    /** A filter's constant as typed in a page's address, leniently: blank or unknown is null (filters nothing). */
    public static <E extends Enum<E>> E constant(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
