package cn.quzhou.stations.funding.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.evaluation.EvaluationResultPublished;
import cn.quzhou.stations.evaluation.ImportedResultRecorded;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.funding.InstalmentStatus;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Art. 7 and D5, in the publishing transaction: a published passing result of the station's first or second year
 * makes that year's instalment due; a correction (version 2, 3, …) moves it —
 * <ul>
 * <li>corrected to UNQUALIFIED: a due instalment is cancelled (cause CORRECTED); a paid one stays paid and the
 * reconciliation lists it as "paid without a passing result"; a disbursement recorded but awaiting approval has left
 * the bank, so it stays on record and the reconciliation lists it as "recorded without a passing result";</li>
 * <li>corrected to passing: the instalment falls due (again), unless the station has been revoked;</li>
 * <li>a version older than the one already received changes nothing.</li>
 * </ul>
 */
@Component
class GrantEntitlement {

    private final JdbcClient jdbc;
    private final InstalmentStore instalments;
    private final GrantInstalmentRepository grantInstalments;
    private final LedgerStore ledgers;
    private final GrantPolicies policies;
    private final Payers payers;
    private final AuditLog audit;
    private final StationNames names;
    private final Clock clock;

    GrantEntitlement(JdbcClient jdbc, InstalmentStore instalments, GrantInstalmentRepository grantInstalments, LedgerStore ledgers, GrantPolicies policies,
                     Payers payers, AuditLog audit, StationNames names, Clock clock) {
        this.names = names;
        this.jdbc = jdbc;
        this.instalments = instalments;
        this.grantInstalments = grantInstalments;
        this.ledgers = ledgers;
        this.policies = policies;
        this.payers = payers;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(EvaluationResultPublished e) {
        if (!inForce(e)) {
            return;
        }
        boolean passing = e.grade() != Grade.UNQUALIFIED;
        Optional<InstalmentStore.Row> existing = instalments.lockOf(e.stationId(), e.year());
        if (passing && existing.isEmpty()) {
            open(e);
        } else if (passing && existing.get().status() == InstalmentStatus.CANCELLED
                && "CORRECTED".equals(existing.get().cancelCause()) && !revoked(e.stationId())) {
            grantInstalments.move(existing.get().id(), GrantInstalment::reinstate);
            audit.record(AuditRecord.success("grant.due", "grant_instalment", existing.get().id(),
                    "corrected to " + e.grade() + " (version " + e.version() + ")"));
        } else if (!passing && existing.isPresent() && existing.get().status() == InstalmentStatus.DUE) {
            grantInstalments.move(existing.get().id(), i -> i.cancel(GrantInstalment.CORRECTED));
            audit.record(AuditRecord.success("grant.cancel", "grant_instalment", existing.get().id(),
                    "corrected to UNQUALIFIED (version " + e.version() + ")"));
        }
    }

    /**
     * An imported result (D8) counts like a published one: its passing first or second year falls due — already paid
     * when a payment of that year was imported (the payments and results files come in either order).
     */
    @EventListener
    void on(ImportedResultRecorded e) {
        on(e.asPublished());
    }

    /** Records the result as the one in force unless a later version is already known; false for a stale one. */
    private boolean inForce(EvaluationResultPublished e) {
        Integer known = jdbc.sql("select version from funding_result where station_id = ? and year = ? for update")
                .params(e.stationId(), e.year()).query(Integer.class).optional().orElse(null);
        if (known != null && known >= e.version()) {
            return false;
        }
        jdbc.sql("""
                insert into funding_result (station_id, year, station_year, version, result_id, grade)
                values (?, ?, ?, ?, ?, ?)
                on conflict (station_id, year) do update set version = excluded.version, result_id = excluded.result_id,
                                                             grade = excluded.grade, station_year = excluded.station_year""")
                .params(e.stationId(), e.year(), e.stationYear(), e.version(), e.resultId(), e.grade().name()).update();
        return true;
    }

    private void open(EvaluationResultPublished e) {
        if (revoked(e.stationId())) {
            return; // D5: nothing falls due for a revoked station
        }
        policies.amount(e.year(), e.level(), e.stationYear()).ifPresent(amount -> {
            boolean city = payers.cityPays(e.jurisdictionId());
            NameCopy copy = names.of(e.stationId(), e.hostUnitId());
            long id = jdbc.sql("""
                    insert into grant_instalment (station_id, host_unit_id, jurisdiction_id, level, year, station_year,
                                                  amount, policy_effective_from, payer_kind, payer_jurisdiction_id,
                                                  status, result_document, created_at, station_name, host_unit_name)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(e.stationId(), e.hostUnitId(), e.jurisdictionId(), e.level().name(), e.year(),
                            e.stationYear(), amount.amount(), java.sql.Date.valueOf(amount.effectiveFrom()),
                            city ? "CITY" : "COUNTY", city ? null : e.jurisdictionId(),
                            paidOnPaper(e.stationId(), e.year()) ? "PAID" : "DUE", e.documentNumber(),
                            Timestamp.from(clock.instant()), copy.station(), copy.hostUnit())
                    .query(Long.class).single();
            ledgers.ensure(e.stationId(), e.hostUnitId(), e.jurisdictionId(), e.level(), copy);
            audit.record(AuditRecord.success("grant.due", "grant_instalment", id,
                    e.year() + " year " + e.stationYear() + " " + e.grade() + ": " + amount.amount().toPlainString()));
        });
    }

    private boolean paidOnPaper(long stationId, int year) {
        return jdbc.sql("select count(*) from imported_grant_payment where station_id = ? and year = ?")
                .params(stationId, year).query(Long.class).single() > 0;
    }

    private boolean revoked(long stationId) {
        return jdbc.sql("select count(*) from clawback where station_id = ?").param(stationId).query(Long.class).single() > 0;
    }
}
