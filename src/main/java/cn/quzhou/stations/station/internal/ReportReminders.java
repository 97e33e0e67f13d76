package cn.quzhou.stations.station.internal;

import cn.quzhou.stations.application.TodoDeadlines;
import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.shared.JobRuns;
import cn.quzhou.stations.station.OpenReport;
import cn.quzhou.stations.station.ReportKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds a host unit of a work plan it still owes once the deadline is near (the policy's remind_before working days)
 * or past: once per station and day, however often the job runs (table todo_reminder).
 */
@Component
public class ReportReminders {

    private final OwedReports owed;
    private final TodoDeadlines deadlines;
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Notifications notifications;
    private final Clock clock;
    private final JobRuns jobs;

    ReportReminders(OwedReports owed, TodoDeadlines deadlines, JdbcClient jdbc, Accounts accounts,
                    Notifications notifications, Clock clock, JobRuns jobs) {
        this.owed = owed;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${platform.reminders.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "station.report-reminders", lockAtLeastFor = JobRuns.LOCK_AT_LEAST)
    public void daily() {
        jobs.run("station.report-reminders", "plan reminders sent", () -> remindOn(deadlines.today()));
    }

    /** Sends what is due on {@code today}; answers how many reminders went out. */
    @Transactional
    public int remindOn(LocalDate today) {
        TodoDeadlines.Term term = deadlines.term(TodoDeadlines.Item.STATION_PLAN, today);
        LocalDate limit = deadlines.workingDays().addWorkingDays(today, term.remindBefore());
        int sent = 0;
        for (OpenReport r : owed.owed(null, today)) {
            if (r.kind() == ReportKind.PLAN && r.deadline() != null && !r.deadline().isAfter(limit)
                    && firstToday(r, today)) {
                notifyAbout(r, today);
                sent++;
            }
        }
        return sent;
    }

    private boolean firstToday(OpenReport r, LocalDate today) {
        return jdbc.sql("""
                insert into todo_reminder (item, record_id, detail, day, sent_at) values (?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(TodoDeadlines.Item.STATION_PLAN.name(), r.stationId(), String.valueOf(r.year()), today,
                        Timestamp.from(clock.instant()))
                .update() == 1;
    }

    private void notifyAbout(OpenReport r, LocalDate today) {
        List<Long> to = accounts.contactsOfUnit(r.hostUnitId()).stream().map(Contact::accountId).toList();
        if (!to.isEmpty()) {
            notifications.notify(to, (r.overdueOn(today) ? "reports.reminder.overdue." : "reports.reminder.") + r.kind(),
                    List.of(r.stationName(), String.valueOf(r.year()), r.deadline().toString()),
                    "/stations/" + r.stationId() + "/reports");
        }
    }
}
