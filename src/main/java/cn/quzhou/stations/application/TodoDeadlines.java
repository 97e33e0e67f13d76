package cn.quzhou.stations.application;

import cn.quzhou.stations.shared.DatedPolicy;
import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.organisation.TodoItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
    public enum Item {
        APPLICATION_REVIEW, STATION_PLAN, REPORT_REVIEW, JUDGEMENT, PANEL_SHEET, PANEL_LIST, PAYMENT,
        PAYMENT_APPROVAL, CLAWBACK
    }

    /**
     * What one statement tells of a line's items: how many, the day the oldest began waiting (null when none) and how
     * many began before the day {@link #line(Item, String, String, Function)} hands it, i.e. are overdue.
     */
    public record Waiting(long count, LocalDate oldestSince, long overdue) {
    }

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
        return termIfAny(item, day)
                .orElseThrow(() -> new IllegalStateException("no " + item + " deadline in force on " + day));
    }

    private Optional<Term> termIfAny(Item item, LocalDate day) {
        return DatedPolicy.inForce(jdbc, "working_days, remind_before", "todo_deadline_policy", "item = ?", day,
                item.name()).query((rs, n) -> new Term(rs.getInt(1), rs.getInt(2))).optional();
    }

    /** A day no item began waiting before: nothing is overdue against it. */
    private static final LocalDate NEVER = LocalDate.of(1, 1, 1);

    /** Today's Beijing date on the platform clock (without reading the calendar, as {@code calendar.today()} does). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BEIJING);
    }

    public WorkingDays workingDays() {
        return calendar.workingDays();
    }

    /**
     * The line {@code key} of {@code item}, or none when nothing waits: {@code waiting} counts the items in one
     * statement, given the first day an item may have begun waiting and still be on time today, so the calendar
     * arithmetic stays out of SQL; the deadline shown is the oldest item's. Outside this class's read-only
     * transaction: a facade's count may write first (the evaluation rounds sweep lapsed deadlines when read).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Optional<TodoItem> line(Item item, String key, String href, Function<LocalDate, Waiting> waiting) {
        LocalDate today = today();
        WorkingDays days = workingDays();
        Optional<Term> term = termIfAny(item, today);
        if (term.isEmpty()) {
            // before its term took effect a to-do had no deadline: the plain count, nothing overdue
            long count = waiting.apply(NEVER).count();
            return count == 0 ? Optional.empty() : Optional.of(new TodoItem(key, count, href));
        }
        int length = term.get().workingDays();
        Waiting w = waiting.apply(days.earliestOnTime(today, length));
        if (w.count() == 0) {
            return Optional.empty();
        }
        return Optional.of(line(key, List.of(), w.count(), href, w.oldestSince(),
                days.addWorkingDays(w.oldestSince(), length), w.overdue(), today, days));
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
