package cn.quzhou.stations.application.notice.internal;

import cn.quzhou.stations.application.internal.TodoCounts;
import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.application.notice.TodoReminders;
import cn.quzhou.stations.application.notice.WorkingDays;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.JobRuns;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the city CAST of an open objection to a public notice whose handling term (OBJECTION, V53: working days
 * from its receipt) is near or past: once per objection and day (TodoReminders). As for the reviews, the cutoff is
 * worked out on the calendar first, so only those objections are read.
 */
@Component
public class ObjectionReminders {

    private final JdbcClient jdbc;
    private final TodoDeadlines deadlines;
    private final TodoReminders reminders;
    private final Accounts accounts;
    private final JobRuns jobs;

    ObjectionReminders(JdbcClient jdbc, TodoDeadlines deadlines, TodoReminders reminders, Accounts accounts,
                       JobRuns jobs) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.reminders = reminders;
        this.accounts = accounts;
        this.jobs = jobs;
    }

    private record Due(long id, long noticeId, String stationName, LocalDate since) {
    }

    @Scheduled(cron = "${platform.reminders.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "application.objection-reminders", lockAtLeastFor = JobRuns.LOCK_AT_LEAST)
    public void daily() {
        jobs.run("application.objection-reminders", "objection reminders sent", () -> remindOn(deadlines.today()));
    }

    /** Sends what is due on {@code today}; answers how many reminders went out. */
    @Transactional
    public int remindOn(LocalDate today) {
        int length = deadlines.term(TodoDeadlines.Item.OBJECTION, today).workingDays();
        WorkingDays days = deadlines.workingDays();
        // due on or before the limit = received before the earliest receipt still due after it
        LocalDate before = days.earliestOnTime(reminders.remindUpTo(TodoDeadlines.Item.OBJECTION, today).plusDays(1),
                length);
        List<Due> due = jdbc.sql("select o.id, o.notice_id, a.station_name, " + TodoCounts.RECEIVED
                        + " from notice_objection o join application a on a.id = o.application_id"
                        + " where o.status = 'OPEN' and " + TodoCounts.RECEIVED + " < ? order by o.id")
                .param(before)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
        List<Long> cityCast = due.isEmpty() ? List.of()
                : accounts.contactsOf(Role.CITY_CAST, null).stream().map(Contact::accountId).toList();
        return reminders.send(TodoDeadlines.Item.OBJECTION, today, due.stream().map(d -> {
            LocalDate deadline = days.addWorkingDays(d.since(), length);
            return new TodoReminders.Reminder(d.id(), "OPEN", () -> cityCast,
                    deadline.isBefore(today) ? "notice.reminder.objection.overdue" : "notice.reminder.objection",
                    List.of(d.stationName() == null ? "" : d.stationName(), d.since().toString(), deadline.toString()),
                    "/applications/notices/" + d.noticeId() + "#objection-" + d.id());
        }).toList());
    }
}
