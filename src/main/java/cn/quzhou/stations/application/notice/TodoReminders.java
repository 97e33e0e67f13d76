package cn.quzhou.stations.application.notice;

import cn.quzhou.stations.notification.Notifications;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every 待办 reminder job shares: which deadlines are near enough on a day (the term's remind_before working
 * days ahead, overdue ones included), and the message itself — the reason as its text, the item's page as its link —
 * sent once per item and day however often a job runs (table todo_reminder). Each module's job picks its due items.
 */
@Service
public class TodoReminders {

    /**
     * One reminder: {@code detail} tells apart reminders of one record (a step, a year); {@code to} finds the accounts
     * (asked only when the reminder goes out); the message key and arguments say why, {@code link} where to act.
     */
    public record Reminder(long recordId, String detail, Supplier<List<Long>> to, String key, List<String> args,
                           String link) {

        public Reminder {
            args = List.copyOf(args);
        }
    }

    private final TodoDeadlines deadlines;
    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Clock clock;

    TodoReminders(TodoDeadlines deadlines, JdbcClient jdbc, Notifications notifications, Clock clock) {
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The latest deadline reminded of on {@code today}: a deadline on or before it is near (or past). */
    public LocalDate remindUpTo(TodoDeadlines.Item item, LocalDate today) {
        return deadlines.workingDays().addWorkingDays(today, deadlines.term(item, today).remindBefore());
    }

    /** Sends each reminder not yet sent today for its item; answers how many went out. */
    @Transactional
    public int send(TodoDeadlines.Item item, LocalDate today, List<Reminder> due) {
        int sent = 0;
        for (Reminder r : due) {
            if (firstToday(item, r.recordId(), r.detail(), today)) {
                List<Long> to = r.to().get();
                if (!to.isEmpty()) {
                    notifications.notify(to, r.key(), r.args(), r.link());
                }
                sent++;
            }
        }
        return sent;
    }

    private boolean firstToday(TodoDeadlines.Item item, long recordId, String detail, LocalDate today) {
        return jdbc.sql("""
                insert into todo_reminder (item, record_id, detail, day, sent_at) values (?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(item.name(), recordId, detail, today, Timestamp.from(clock.instant()))
                .update() == 1;
    }
}
