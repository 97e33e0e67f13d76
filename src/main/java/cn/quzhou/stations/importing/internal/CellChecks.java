package cn.quzhou.stations.importing.internal;

import cn.quzhou.stations.importing.ColumnType;
import cn.quzhou.stations.importing.ImportColumn;
import cn.quzhou.stations.shared.CreditCode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks every import makes of a single cell, from its column alone: required, length, type, allowed values.
 * Each answers the bundle key of the first problem (with its arguments), or nothing.
 */
final class CellChecks {

    record Refusal(String key, List<String> args) {
        static Optional<Refusal> of(String key, Object... args) {
            return Optional.of(new Refusal(key, java.util.Arrays.stream(args).map(String::valueOf).toList()));
        }
    }

    private static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?)$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern POSTCODE = Pattern.compile("^\\d{6}$");
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._-]+$");
    /** numeric(7,2) holds a total; uncapped items take a station past 100, never near this. */
    private static final java.math.BigDecimal MAX_SCORE = java.math.BigDecimal.valueOf(1000);
    private static final Pattern YEAR = Pattern.compile("^(19|20)\\d{2}$");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

    private CellChecks() {
    }

    static Optional<Refusal> check(ImportColumn c, String value, List<String> allowed) {
        if (value.isEmpty()) {
            return c.required() ? Refusal.of("import.error.required") : Optional.empty();
        }
        if (value.length() > c.maxLength()) {
            return Refusal.of("import.error.tooLong", c.maxLength(), value.length());
        }
        return switch (c.type()) {
            case TEXT -> Optional.empty();
            case CHOICE -> allowed.contains(value) ? Optional.empty() : Refusal.of("import.error.notAllowed", value);
            case CHOICES -> choices(value, allowed);
            case CREDIT_CODE -> creditCode(CreditCode.normalise(value));
            case PHONE -> matches(PHONE, value, "import.error.phone");
            case EMAIL -> matches(EMAIL, value, "import.error.email");
            case POSTCODE -> matches(POSTCODE, value, "import.error.postcode");
            case USERNAME -> matches(USERNAME, value, "import.error.username");
            case DATE -> date(value).isPresent() ? Optional.empty() : Refusal.of("import.error.date", value);
            case YEAR -> matches(YEAR, value, "import.error.year");
            case AMOUNT -> decimal(value).filter(d -> d.signum() > 0).isPresent() ? Optional.empty()
                    : Refusal.of("import.error.amount", value);
            case SCORE -> decimal(value).filter(d -> d.signum() >= 0 && d.compareTo(MAX_SCORE) < 0).isPresent() ? Optional.empty()
                    : Refusal.of("import.error.score", value);
        };
    }

    /** A plain decimal with at most two places and twelve integer digits (a money column's precision). */
    static Optional<java.math.BigDecimal> decimal(String value) {
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(value.replace(",", "").replace("，", ""));
            return d.scale() <= 2 && d.precision() - d.scale() <= 12 ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Refusal> choices(String value, List<String> allowed) {
        return new cn.quzhou.stations.importing.ImportRow(0, java.util.Map.of("v", value)).list("v").stream()
                .filter(v -> !allowed.contains(v)).findFirst()
                .flatMap(v -> Refusal.of("import.error.notAllowed", v));
    }

    /** Format first (length, alphabet, division digits), then the check character, each in its own words. */
    private static Optional<Refusal> creditCode(String code) {
        if (CreditCode.isValid(code)) {
            return Optional.empty();
        }
        boolean wellFormed = code.length() == 18 && code.substring(0, 17).chars().allMatch(ch -> "0123456789ABCDEFGHJKLMNPQRTUWXY".indexOf(ch) >= 0)
                && code.substring(2, 8).chars().allMatch(Character::isDigit);
        return wellFormed ? Refusal.of("import.error.creditCodeCheck", CreditCode.checkCharacterFor(code.substring(0, 17)))
                : Refusal.of("import.error.creditCodeFormat");
    }

    private static Optional<Refusal> matches(Pattern p, String value, String key) {
        return p.matcher(value).matches() ? Optional.empty() : Refusal.of(key, value);
    }

    /** A date cell arrives as Excel's day number; typed text as 2026-01-31 or 2026/1/31. */
    static Optional<LocalDate> date(String value) {
        if (value.matches("^\\d{1,5}(\\.\\d+)?$")) {
            double serial = Double.parseDouble(value);
            return serial < 1 ? Optional.empty()
                    : Optional.of(org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(serial).toLocalDate());
        }
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, SLASHED)) {
            try {
                return Optional.of(LocalDate.parse(value, f));
            } catch (DateTimeParseException ignored) {
                // the next form
            }
        }
        return Optional.empty();
    }

}
