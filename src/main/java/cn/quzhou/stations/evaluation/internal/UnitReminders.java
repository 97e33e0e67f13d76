package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.application.notice.TodoReminders;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.shared.JobRuns;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds a host unit of what it owes the evaluation once the deadline is near (todo_deadline_policy's remind_before,
 * V53), once per item and day (TodoReminders): a self-report still in draft or returned, before its deadline (past it
 * the report is NOT_SUBMITTED, Art. 13, and nothing is left to remind of); an open rectification, before its deadline
 * and every day once it is overdue.
 */
@Component
public class UnitReminders {

    private final JdbcClient jdbc;
    private final TodoDeadlines deadlines;
    private final TodoReminders reminders;
    private final Accounts accounts;
    private final JobRuns jobs;

    UnitReminders(JdbcClient jdbc, TodoDeadlines deadlines, TodoReminders reminders, Accounts accounts, JobRuns jobs) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.reminders = reminders;
        this.accounts = accounts;
        this.jobs = jobs;
    }

    private record Due(long id, String status, int year, String stationName, long hostUnitId, LocalDate deadline,
                       String notice) {
    }

    @Scheduled(cron = "${platform.reminders.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "evaluation.unit-reminders", lockAtLeastFor = JobRuns.LOCK_AT_LEAST)
    public void daily() {
        jobs.run("evaluation.unit-reminders", "self-report and rectification reminders sent",
                () -> remindOn(deadlines.today()));
    }

    /** Sends what is due on {@code today}; answers how many reminders went out. */
    @Transactional
    public int remindOn(LocalDate today) {
        Map<Long, List<Long>> contacts = new HashMap<>();
        return reports(today, contacts) + rectifications(today, contacts);
    }

    private int reports(LocalDate today, Map<Long, List<Long>> contacts) {
        LocalDate limit = reminders.remindUpTo(TodoDeadlines.Item.SELF_REPORT, today);
        // the deadline as ReportList.own reads it; only what the sweep leaves open on today
        List<Due> due = jdbc.sql("select r.id, r.status, r.year, r.station_name, r.host_unit_id, w.due from"
                        + " evaluation_report r join evaluation_round o on o.year = r.year"
                        + " cross join lateral (select case when r.status = 'RETURNED'"
                        + " then coalesce(r.resubmit_by, o.report_deadline) else o.report_deadline end as due) w"
                        + " where o.status = 'OPEN' and r.status in ('DRAFT', 'RETURNED') and w.due between ? and ?"
                        + " order by r.id")
                .params(today, limit)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getLong(5), rs.getObject(6, LocalDate.class), null))
                .list();
        return reminders.send(TodoDeadlines.Item.SELF_REPORT, today, due.stream().map(d ->
                new TodoReminders.Reminder(d.id(), d.status(), unit(d.hostUnitId(), contacts),
                        "RETURNED".equals(d.status()) ? "evaluation.reminder.resubmit" : "evaluation.reminder.report",
                        List.of(String.valueOf(d.year()), d.stationName(), d.deadline().toString()),
                        "/evaluations/reports/" + d.id())).toList());
    }

    private int rectifications(LocalDate today, Map<Long, List<Long>> contacts) {
        LocalDate limit = reminders.remindUpTo(TodoDeadlines.Item.RECTIFICATION, today);
        List<Due> due = jdbc.sql("select r.id, r.status, r.year, r.station_name, r.host_unit_id, r.deadline,"
                        + " r.notice_number from rectification r where r.status = 'OPEN' and r.deadline <= ?"
                        + " order by r.id")
                .param(limit)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getLong(5), rs.getObject(6, LocalDate.class), rs.getString(7)))
                .list();
        return reminders.send(TodoDeadlines.Item.RECTIFICATION, today, due.stream().map(d ->
                new TodoReminders.Reminder(d.id(), d.status(), unit(d.hostUnitId(), contacts),
                        d.deadline().isBefore(today) ? "results.reminder.rectify.overdue" : "results.reminder.rectify",
                        List.of(d.stationName(), String.valueOf(d.year()), d.deadline().toString(), d.notice()),
                        "/rectifications/" + d.id())).toList());
    }

    private Supplier<List<Long>> unit(long hostUnitId, Map<Long, List<Long>> contacts) {
        return () -> contacts.computeIfAbsent(hostUnitId,
                u -> accounts.contactsOfUnit(u).stream().map(Contact::accountId).toList());
    }
}
