package cn.quzhou.stations.application;

import cn.quzhou.stations.shared.DatedPolicy;
import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.organisation.TodoItem;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workbench's deadlines: how many working days each kind of to-do may wait (table todo_deadline_policy, dated,
 * because the notice sets no such limit) on the working calendar, and the 待办 line they make.
 */
@Service
@Transactional(readOnly = true)
public class TodoDeadlines {

    /** The kinds of to-do with a deadline (rows of todo_deadline_policy). */
    public enum Item { APPLICATION_REVIEW, STATION_PLAN }

    /** Due {@code workingDays} after the wait began; reminded from {@code remindBefore} working days before that. */
    public record Term(int workingDays, int remindBefore) {
    }

    private static final java.time.ZoneId BEIJING = Beijing.ZONE;

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final java.time.Clock clock;

    TodoDeadlines(JdbcClient jdbc, WorkingCalendar calendar, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The term of {@code item} in force on {@code day}. */
    public Term term(Item item, LocalDate day) {
        return DatedPolicy.inForce(jdbc, "working_days, remind_before", "todo_deadline_policy", "item = ?", day,
                        item.name()).query((rs, n) -> new Term(rs.getInt(1), rs.getInt(2))).optional()
                .orElseThrow(() -> new IllegalStateException("no " + item + " deadline in force on " + day));
    }

    /** Today's Beijing date on the platform clock (without reading the calendar, as {@code calendar.today()} does). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BEIJING);
    }

    public WorkingDays workingDays() {
        return calendar.workingDays();
    }

    /**
     * A 待办 line: {@code count} items, the oldest waiting since {@code since} and due on {@code deadline}, {@code overdue}
     * of them past their deadline on {@code today}.
     */
    public static TodoItem line(String key, List<String> args, long count, String href, LocalDate since,
                                LocalDate deadline, long overdue, LocalDate today, WorkingDays days) {
        return new TodoItem(key, args, count, href, deadline, since == null ? null : days.between(since, today), overdue);
    }
}
