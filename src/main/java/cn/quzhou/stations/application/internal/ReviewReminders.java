package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.application.notice.TodoReminders;
import cn.quzhou.stations.application.notice.WorkingDays;
import cn.quzhou.stations.shared.JobRuns;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the deciding office of an application whose review deadline (todo_deadline_policy) is near or past: once per
 * application, step and day, however often the job runs (TodoReminders). Only those applications are read: the cutoff date is worked
 * out on the calendar first, so the database picks them with a date comparison.
 */
@Component
public class ReviewReminders {

    private static final String SINCE = "(a.updated_at at time zone 'Asia/Shanghai')::date";

    private final JdbcClient jdbc;
    private final TodoDeadlines deadlines;
    private final HandOverMessages handOver;
    private final TodoReminders reminders;
    private final JobRuns jobs;

    ReviewReminders(JdbcClient jdbc, TodoDeadlines deadlines, HandOverMessages handOver, TodoReminders reminders,
                    JobRuns jobs) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.handOver = handOver;
        this.reminders = reminders;
        this.jobs = jobs;
    }

    private record Due(long id, String name, ApplicationStatus step, long jurisdictionId, LocalDate since) {
    }

    @Scheduled(cron = "${platform.reminders.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "application.review-reminders", lockAtLeastFor = JobRuns.LOCK_AT_LEAST)
    public void daily() {
        jobs.run("application.review-reminders", "review reminders sent", () -> remindOn(deadlines.today()));
    }

    /** Sends what is due on {@code today}; answers how many reminders went out. */
    @Transactional
    public int remindOn(LocalDate today) {
        TodoDeadlines.Term term = deadlines.term(TodoDeadlines.Item.APPLICATION_REVIEW, today);
        WorkingDays days = deadlines.workingDays();
        LocalDate limit = reminders.remindUpTo(TodoDeadlines.Item.APPLICATION_REVIEW, today);
        // due on or before the limit = reached the step before the earliest start still due after it
        LocalDate before = days.earliestOnTime(limit.plusDays(1), term.workingDays());
        List<String> steps = Arrays.stream(ApplicationStatus.values()).filter(s -> s.reviewer() != null)
                .map(Enum::name).toList();
        List<Object> params = new java.util.ArrayList<Object>(steps);
        params.add(before);
        List<Due> due = jdbc.sql("select a.id, a.station_name, a.status, a.jurisdiction_id, " + SINCE
                        + " from application a where a.status in (" + String.join(", ", steps.stream().map(s -> "?").toList())
                        + ") and " + SINCE + " < ? order by a.id")
                .params(params)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), ApplicationStatus.valueOf(rs.getString(3)),
                        rs.getLong(4), rs.getObject(5, LocalDate.class)))
                .list();
        return reminders.send(TodoDeadlines.Item.APPLICATION_REVIEW, today, due.stream().map(d -> {
            LocalDate deadline = days.addWorkingDays(d.since(), term.workingDays());
            return new TodoReminders.Reminder(d.id(), d.step().name(),
                    () -> handOver.decidersOf(d.step(), d.jurisdictionId()),
                    deadline.isBefore(today) ? "application.reminder.overdue" : "application.reminder.due",
                    List.of(d.name() == null ? "" : d.name(), deadline.toString()), "/applications/" + d.id());
        }).toList());
    }
}
