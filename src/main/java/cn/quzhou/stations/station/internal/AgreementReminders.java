package cn.quzhou.stations.station.internal;

import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.JobRuns;
import cn.quzhou.stations.station.StationStatus;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the host unit and the city CAST when a station's co-building agreement is about to end
 * (by default 90 and 30 days before). Each threshold is announced once per station; a day the job
 * did not run is caught up the next day.
 */
@Component
public class AgreementReminders {

    private static final String KIND = "AGREEMENT_EXPIRY";

    private final StationRepository stations;
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Notifications notifications;
    private final Clock clock;
    private final List<Integer> thresholds;
    private final JobRuns jobs;

    AgreementReminders(StationRepository stations, JdbcClient jdbc, Accounts accounts, Notifications notifications,
                       Clock clock, @Value("${platform.reminders.agreement-days:90,30}") List<Integer> thresholds,
                       JobRuns jobs) {
        this.jobs = jobs;
        this.stations = stations;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
        this.thresholds = thresholds.stream().sorted().toList();
    }

    @Scheduled(cron = "${platform.reminders.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "station.agreement-reminders", lockAtLeastFor = JobRuns.LOCK_AT_LEAST)
    public void daily() {
        jobs.run("station.agreement-reminders", "agreement-expiry reminders sent", () -> remindOn(LocalDate.now(clock)));
    }

    /** Sends what is due on {@code today}; answers how many reminders went out. */
    @Transactional
    public int remindOn(LocalDate today) {
        int sent = 0;
        for (Station s : stations.findAll((r, q, cb) -> cb.equal(r.get("status"), StationStatus.ACTIVE))) {
            long daysLeft = ChronoUnit.DAYS.between(today, s.getAgreementEndsOn());
            // the tightest threshold reached counts: a station found 25 days before the end is told once, not twice
            Integer due = thresholds.stream().filter(t -> daysLeft >= 0 && daysLeft <= t).findFirst().orElse(null);
            if (due != null && firstTime(s.getId(), due)) {
                notifyAbout(s, daysLeft);
                sent++;
            }
        }
        return sent;
    }

    private boolean firstTime(long stationId, int threshold) {
        return jdbc.sql("""
                insert into station_reminder (station_id, kind, threshold, sent_at) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(stationId, KIND, threshold, Timestamp.from(clock.instant())).update() == 1;
    }

    private void notifyAbout(Station s, long daysLeft) {
        List<Long> recipients = new ArrayList<>();
        accounts.contactsOfUnit(s.getHostUnitId()).stream().map(Contact::accountId).forEach(recipients::add);
        accounts.contactsOf(Role.CITY_CAST, null).stream().map(Contact::accountId).forEach(recipients::add);
        if (!recipients.isEmpty()) {
            notifications.notify(recipients, "station.reminder.agreement",
                    List.of(s.getName(), String.valueOf(daysLeft), s.getAgreementEndsOn().toString()),
                    "/stations/" + s.getId());
        }
    }
}
