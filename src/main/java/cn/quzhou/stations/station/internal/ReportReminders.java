package cn.quzhou.stations.station.internal;

import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.application.notice.TodoReminders;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.shared.JobRuns;
import cn.quzhou.stations.station.OpenReport;
import cn.quzhou.stations.station.ReportKind;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds a host unit of a work plan it still owes once the deadline is near (the policy's remind_before working days)
 * or past: once per station and day, however often the job runs (TodoReminders).
 */
@Component
public class ReportReminders {

    private final OwedReports owed;
    private final TodoDeadlines deadlines;
    private final TodoReminders reminders;
    private final Accounts accounts;
    private final JobRuns jobs;

    ReportReminders(OwedReports owed, TodoDeadlines deadlines, TodoReminders reminders, Accounts accounts,
                    JobRuns jobs) {
        this.owed = owed;
        this.deadlines = deadlines;
        this.reminders = reminders;
        this.accounts = accounts;
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
        LocalDate limit = reminders.remindUpTo(TodoDeadlines.Item.STATION_PLAN, today);
        List<TodoReminders.Reminder> due = owed.owed(null, today).stream()
                .filter(r -> r.kind() == ReportKind.PLAN && r.deadline() != null && !r.deadline().isAfter(limit))
                .map(r -> reminder(r, today)).toList();
        return reminders.send(TodoDeadlines.Item.STATION_PLAN, today, due);
    }

    private TodoReminders.Reminder reminder(OpenReport r, LocalDate today) {
        return new TodoReminders.Reminder(r.stationId(), String.valueOf(r.year()),
                () -> accounts.contactsOfUnit(r.hostUnitId()).stream().map(Contact::accountId).toList(),
                (r.overdueOn(today) ? "reports.reminder.overdue." : "reports.reminder.") + r.kind(),
                List.of(r.stationName(), String.valueOf(r.year()), r.deadline().toString()),
                "/stations/" + r.stationId() + "/reports");
    }
}
