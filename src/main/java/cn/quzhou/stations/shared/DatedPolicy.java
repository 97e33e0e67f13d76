package cn.quzhou.stations.shared;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Policy numbers are data: each policy table holds dated versions ({@code effective_from}), and the version in force
 * on a day is the latest that took effect on or before it. The one place that says so, and which day governs a
 * programme year.
 */
public final class DatedPolicy {

    private DatedPolicy() {
    }

    /**
     * The last day of a programme year, 31 December, and so the day whose policy governs it (evaluation, grants): the
     * one place that says which day closes a year (a round's default recognition date, what falls due in a year).
     */
    public static LocalDate governingDay(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** {@link #governingDay} in SQL, of the year a column or expression of the statement holds. */
    public static String governingDaySql(String year) {
        return "make_date(" + year + ", 12, 31)";
    }

    /**
     * For a statement that joins a version's rows (one statement, not a lookup first): a SQL expression giving the
     * effective date of the version of {@code versions} in force on the SQL date {@code day} — a parameter mark
     * {@code ?} or an expression such as {@link #governingDaySql}. Both are the caller's constants, never input.
     */
    public static String inForceSql(String versions, String day) {
        return "(select max(effective_from) from " + versions + " where effective_from <= " + day + ")";
    }

    /** Of versions already read (any order), the one in force on {@code day}: the latest effective on or before it. */
    public static <T> Optional<T> inForce(Collection<T> versions, Function<T, LocalDate> effectiveFrom, LocalDate day) {
        return versions.stream().filter(v -> !effectiveFrom.apply(v).isAfter(day))
                .max(Comparator.comparing(effectiveFrom));
    }

    /**
     * The row of {@code table} in force on {@code day}, reading {@code columns}; {@code condition} (may be empty)
     * narrows the rows first, with its {@code parameters} bound before the day. Table, columns and condition are
     * the caller's constants, never input.
     */
    public static JdbcClient.StatementSpec inForce(JdbcClient jdbc, String columns, String table, String condition,
                                                   LocalDate day, Object... parameters) {
        String where = condition.isBlank() ? "" : condition + " and ";
        List<Object> bound = new ArrayList<>(Arrays.asList(parameters));
        bound.add(Date.valueOf(day));
        return jdbc.sql("select " + columns + " from " + table + " where " + where
                + "effective_from <= ? order by effective_from desc limit 1").params(bound);
    }
}
