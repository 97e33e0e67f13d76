package cn.quzhou.stations.shared;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Policy numbers are data: each policy table holds dated versions ({@code effective_from}), and the version in force
 * on a day is the latest that took effect on or before it. The one place that says so, and which day governs a
 * programme year.
 */
public final class DatedPolicy {

    private DatedPolicy() {
    }

    /** The day whose policy governs a programme year (evaluation, grants): 31 December of that year. */
    public static LocalDate governingDay(int year) {
        return LocalDate.of(year, 12, 31);
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
