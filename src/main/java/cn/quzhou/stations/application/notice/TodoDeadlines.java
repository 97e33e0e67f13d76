package cn.quzhou.stations.application.notice;

import cn.quzhou.stations.shared.DatedPolicy;
import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.shared.RequestMemo;
import cn.quzhou.stations.organisation.TodoItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workbench's deadlines: how many working days each kind of to-do may wait (table todo_deadline_policy, dated,
 * because the notice sets no such limit) on the working calendar, and the 待办 line they make. Some items carry their
 * own deadline (a round's report deadline, a rectification's): the table then holds only their reminder lead. Every
 * read here is pure: the facades' counts it calls write nothing.
 */
@Service
@Transactional(readOnly = true)
public class TodoDeadlines {

    /** The kinds of to-do with a deadline (rows of todo_deadline_policy). */
    public enum Item {
        APPLICATION_REVIEW, STATION_PLAN, REPORT_REVIEW, JUDGEMENT, PANEL_SHEET, PANEL_LIST, PAYMENT,
        PAYMENT_APPROVAL, CLAWBACK, OBJECTION,
        /** Carries its own deadline: the round's report deadline, a returned report's resubmission deadline. */
        SELF_REPORT,
        /** Carries its own deadline: the rectification task's. */
        RECTIFICATION
    }

    /**
     * What one statement tells of a line's items: how many, the day the oldest began waiting (null when none) and how
     * many began before the day {@link #line(Item, String, String, Function)} hands it, i.e. are overdue.
     */
    public record Waiting(long count, LocalDate oldestSince, long overdue) {
    }

    /**
     * What one statement tells of a line whose items carry their own deadlines: how many, the day the oldest began
     * waiting, the earliest deadline and how many are past theirs.
     */
    public record Dated(long count, LocalDate oldestSince, LocalDate earliestDeadline, long overdue) {
    }

    /**
     * Due {@code workingDays} after the wait began (0 for an item that carries its own deadline); reminded from
     * {@code remindBefore} working days before the deadline.
     */
    public record Term(int workingDays, int remindBefore) {
    }


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

    /** Terms as read once per request: a home page asks for several lines' terms on the same day. */
    private final RequestMemo<Map.Entry<Item, LocalDate>, Optional<Term>> terms = new RequestMemo<>();

    private Optional<Term> termIfAny(Item item, LocalDate day) {
        return terms.get(Map.entry(item, day), key -> readTerm(item, day));
    }

    private Optional<Term> readTerm(Item item, LocalDate day) {
        return DatedPolicy.inForce(jdbc, "working_days, remind_before", "todo_deadline_policy", "item = ?", day,
                item.name()).query((rs, n) -> new Term(rs.getInt(1), rs.getInt(2))).optional();
    }

    /** A day no item began waiting before: nothing is overdue against it. */
    private static final LocalDate NEVER = LocalDate.of(1, 1, 1);

    /** Today's Beijing date on the platform clock (without reading the calendar, as {@code calendar.today()} does). */
    public LocalDate today() {
        return Beijing.today(clock);
    }

    public WorkingDays workingDays() {
        return calendar.workingDays();
    }

    /**
     * The line {@code key} of {@code item}, or none when nothing waits: {@code waiting} counts the items in one
     * statement, given the first day an item may have begun waiting and still be on time today, so the calendar
     * arithmetic stays out of SQL; the deadline shown is the oldest item's.
     */
    public Optional<TodoItem> line(Item item, String key, String href, Function<LocalDate, Waiting> waiting) {
        LocalDate today = today();
        WorkingDays days = workingDays();
        Optional<Term> term = termIfAny(item, today);
        if (term.isPresent() && term.get().workingDays() == 0) {
            throw new IllegalStateException(item + " carries its own deadline: see dated(…)");
        }
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
     * The line {@code key} of items that carry their own deadlines, or none when nothing waits: {@code due} reads them
     * in one statement given today; the deadline shown is the earliest.
     */
    public Optional<TodoItem> dated(String key, String href, Function<LocalDate, Dated> due) {
        LocalDate today = today();
        Dated d = due.apply(today);
        return d.count() == 0 ? Optional.empty() : Optional.of(line(key, List.of(), d.count(), href, d.oldestSince(),
                d.earliestDeadline(), d.overdue(), today, workingDays()));
    }

    /**
     * A line of {@code count} items that have no deadline (nothing sets one), the oldest waiting since {@code since}:
     * the working days it has waited, never overdue.
     */
    public TodoItem undated(String key, long count, String href, LocalDate since) {
        LocalDate today = today();
        return new TodoItem(key, List.of(), count, href, null,
                since == null ? null : workingDays().between(since, today), 0);
    }

    /**
     * A line of {@code count} items all past their deadlines (the earliest {@code earliestDeadline}), the oldest
     * waiting since {@code since}: every item overdue.
     */
    public TodoItem overdue(String key, long count, String href, LocalDate since, LocalDate earliestDeadline) {
        LocalDate today = today();
        return new TodoItem(key, List.of(), count, href, earliestDeadline,
                since == null ? null : workingDays().between(since, today), count);
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
