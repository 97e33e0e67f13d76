package cn.quzhou.stations.funding;

import cn.quzhou.stations.shared.JobRuns;
import cn.quzhou.stations.shared.RecordSeals;
import cn.quzhou.stations.station.Revocations;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nightly reconciliation of the grants: every revoked station without a clawback, every paid grant (or
 * disbursement recorded and awaiting approval) without a published passing result in force, every payment imported
 * from paper history that disagrees with the results or the policy ({@link ImportedPaymentChecks}), every ledger whose entries do not add up to its balance, and every published result, payment or ledger line whose content no longer matches its MAC (issue #11). In a healthy system
 * it finds nothing. Each run is kept with its findings; the city CAST sees the last one.
 */
@Service
public class Reconciliation {

    private final JdbcClient jdbc;
    private final Revocations revocations;
    private final Clock clock;
    private final JobRuns jobs;

    private final RecordSeals seals;
    private final ImportedPaymentChecks importedHistory;

    Reconciliation(JdbcClient jdbc, Revocations revocations, Clock clock, JobRuns jobs, RecordSeals seals,
                   ImportedPaymentChecks importedHistory) {
        this.importedHistory = importedHistory;
        this.jdbc = jdbc;
        this.seals = seals;
        this.revocations = revocations;
        this.clock = clock;
        this.jobs = jobs;
    }

    /** A run and what it found. */
    public record Run(Instant ranAt, List<Anomaly> anomalies) {
    }

    @Scheduled(cron = "${platform.funding.reconciliation-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "funding.reconciliation", lockAtLeastFor = JobRuns.LOCK_AT_LEAST)
    @Transactional
    public void nightly() {
        jobs.run("funding.reconciliation", "anomalies found", () -> run().anomalies().size());
    }

    /** Runs the reconciliation now (the nightly job; tests call it) and keeps its findings. */
    @Transactional
    public Run run() {
        List<Anomaly> found = new ArrayList<>();
        found.addAll(revokedWithoutClawback());
        found.addAll(withoutPassingResult("APPROVED", Anomaly.PAID_WITHOUT_PASSING_RESULT));
        found.addAll(withoutPassingResult("AWAITING_APPROVAL", Anomaly.RECORDED_WITHOUT_PASSING_RESULT));
        found.addAll(ledgersOutOfBalance());
        found.addAll(importedHistory.anomalies());
        found.addAll(sealMismatches(RecordSeals.Sealed.EVALUATION_RESULT, Anomaly.RESULT_SEAL_MISMATCH));
        found.addAll(sealMismatches(RecordSeals.Sealed.GRANT_PAYMENT, Anomaly.PAYMENT_SEAL_MISMATCH));
        found.addAll(sealMismatches(RecordSeals.Sealed.LEDGER_ENTRY, Anomaly.LEDGER_SEAL_MISMATCH));
        found.addAll(sealMismatches(RecordSeals.Sealed.RECOGNITION, Anomaly.RECOGNITION_SEAL_MISMATCH));
        Instant now = clock.instant();
        long id = jdbc.sql("insert into reconciliation_run (ran_at) values (?) returning id")
                .param(Timestamp.from(now)).query(Long.class).single();
        // the findings in one statement, however many there are
        jdbc.sql("""
                insert into reconciliation_anomaly (run_id, kind, station_id, detail)
                select ?, * from unnest(?::varchar[], ?::bigint[], ?::varchar[])""")
                .params(id, found.stream().map(Anomaly::kind).toArray(String[]::new),
                        found.stream().map(Anomaly::stationId).toArray(Long[]::new),
                        found.stream().map(Anomaly::detail).toArray(String[]::new))
                .update();
        return new Run(now, found);
    }

    /** The city CAST starts a run from the page. */
    @Transactional
    @PreAuthorize("hasAuthority('funding:reconcile')")
    public Run runNow() {
        return run();
    }

    /** The last run and its findings; empty before the first run. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('funding:reconcile')")
    public Optional<Run> last() {
        return jdbc.sql("select id, ran_at from reconciliation_run order by id desc limit 1")
                .query((rs, n) -> new Run(rs.getTimestamp("ran_at").toInstant(), jdbc.sql(
                                "select * from reconciliation_anomaly where run_id = ? order by kind, station_id")
                        .param(rs.getLong("id"))
                        .query((a, m) -> new Anomaly(a.getString("kind"), a.getLong("station_id"), a.getString("detail")))
                        .list()))
                .optional();
    }

    /** The revoked stations (the station module's list, passed as one array) that have no clawback: one statement. */
    private List<Anomaly> revokedWithoutClawback() {
        Long[] revoked = revocations.revokedStationIds().toArray(Long[]::new);
        return jdbc.sql("""
                select r.id from unnest(?::bigint[]) as r(id)
                 where not exists (select 1 from clawback c where c.station_id = r.id) order by r.id""")
                .param(revoked).query(Long.class).list().stream()
                .map(id -> new Anomaly(Anomaly.REVOKED_WITHOUT_CLAWBACK, id, null)).toList();
    }

    /**
     * Disbursements in {@code paymentStatus} of a year whose result in force is not passing (or unknown), unless the
     * station's clawback is recovering them.
     */
    private List<Anomaly> withoutPassingResult(String paymentStatus, String kind) {
        return jdbc.sql("""
                select i.station_id, i.year, i.amount, r.grade
                  from grant_instalment i
                  join grant_payment p on p.instalment_id = i.id and p.status = ?
                  left join funding_result r on r.station_id = i.station_id and r.year = i.year
                 where (r.grade is null or r.grade = 'UNQUALIFIED')
                   -- a revoked station's clawback already recovers every payment of it (ClawbackOpening)
                   and not exists (select 1 from clawback c where c.station_id = i.station_id)
                 order by i.station_id, i.year""")
                .param(paymentStatus)
                .query((rs, n) -> new Anomaly(kind, rs.getLong("station_id"),
                        rs.getInt("year") + " · " + rs.getBigDecimal("amount").toPlainString() + " · "
                                + (rs.getString("grade") == null ? "-" : rs.getString("grade"))))
                .list();
    }

    /** Rows whose MAC no longer matches their content (or that lack one): changed behind the platform's back. */
    private List<Anomaly> sealMismatches(RecordSeals.Sealed table, String kind) {
        return seals.mismatches(table).stream()
                .map(m -> new Anomaly(kind, m.stationId(), "#" + m.id() + " · " + m.problem())).toList();
    }

    private List<Anomaly> ledgersOutOfBalance() {
        return jdbc.sql("""
                select l.station_id, l.balance,
                       coalesce(sum(case e.kind when 'EXPENSE' then -e.amount else e.amount end), 0) as entries
                  from funds_ledger l left join ledger_entry e on e.station_id = l.station_id
                 group by l.station_id, l.balance
                having l.balance <> coalesce(sum(case e.kind when 'EXPENSE' then -e.amount else e.amount end), 0)
                 order by l.station_id""")
                .query((rs, n) -> new Anomaly(Anomaly.LEDGER_OUT_OF_BALANCE, rs.getLong("station_id"),
                        rs.getBigDecimal("balance").toPlainString() + " ≠ " + rs.getBigDecimal("entries").toPlainString()))
                .list();
    }
}
