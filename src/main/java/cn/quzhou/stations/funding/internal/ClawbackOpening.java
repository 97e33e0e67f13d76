package cn.quzhou.stations.funding.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.funding.InstalmentStatus;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.station.StationRevoked;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Art. 18 追缴 and D5, in the revocation's transaction: a clawback of every paid instalment opens (amount = the sum
 * paid; a station never paid gets a clawback of zero, settled at once, so that every revoked station has one), due
 * instalments are cancelled, and the funds ledger is closed. A disbursement recorded but still awaiting approval is
 * money that has left (the bank reference and a past payment date were recorded), so it is not withdrawn: it stays
 * on record and its amount is clawed back too.
 */
@Component
class ClawbackOpening {

    private final JdbcClient jdbc;
    private final InstalmentStore instalments;
    private final GrantInstalmentRepository grantInstalments;
    private final LedgerStore ledgers;
    private final HostUnits units;
    private final AuditLog audit;
    private final FundingNotices notices;
    private final StationNames names;

    ClawbackOpening(JdbcClient jdbc, InstalmentStore instalments, GrantInstalmentRepository grantInstalments, LedgerStore ledgers, HostUnits units, AuditLog audit,
                    FundingNotices notices, StationNames names) {
        this.names = names;
        this.notices = notices;
        this.jdbc = jdbc;
        this.instalments = instalments;
        this.grantInstalments = grantInstalments;
        this.ledgers = ledgers;
        this.units = units;
        this.audit = audit;
    }

    @EventListener
    void on(StationRevoked e) {
        List<InstalmentStore.Row> rows = instalments.ofStation(e.stationId());
        BigDecimal paid = BigDecimal.ZERO;
        for (InstalmentStore.Row r : rows) {
            if (r.status() == InstalmentStatus.PAID) {
                // paid here; one paid on paper (no payment on the platform) is counted with the imported payments
                paid = paid.add(instalments.livePayment(r.id()).isPresent() ? r.amount() : BigDecimal.ZERO);
            } else {
                if (r.status() == InstalmentStatus.DUE) {
                    grantInstalments.move(r.id(), i -> i.cancel(GrantInstalment.REVOKED));
                }
                // recorded, not yet approved — also under an instalment an earlier correction cancelled
                paid = paid.add(instalments.livePayment(r.id()).map(p -> p.amount()).orElse(BigDecimal.ZERO));
            }
        }
        // D8: what was paid on paper before the platform is clawed back as paid
        paid = paid.add(jdbc.sql("select coalesce(sum(amount), 0) from imported_grant_payment where station_id = ?")
                .param(e.stationId()).query(BigDecimal.class).single());
        long jurisdiction = rows.isEmpty()
                ? units.byId(e.hostUnitId()).map(u -> u.jurisdictionId()).orElse(0L) : rows.get(0).jurisdictionId();
        String level = rows.isEmpty() ? null : rows.get(0).level().name();
        boolean settled = paid.signum() == 0;
        NameCopy copy = names.of(e.stationId(), e.hostUnitId());
        Long id = jdbc.sql("""
                insert into clawback (station_id, host_unit_id, jurisdiction_id, level, amount, opened_on,
                                      document_number, settled_on, station_name, host_unit_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (station_id) do nothing returning id""")
                .params(e.stationId(), e.hostUnitId(), jurisdiction, level, paid, Date.valueOf(e.decidedOn()),
                        e.documentNumber(), settled ? Date.valueOf(e.decidedOn()) : null, copy.station(),
                        copy.hostUnit())
                .query(Long.class).optional().orElse(null);
        ledgers.close(e.stationId());
        if (id != null) {
            audit.record(AuditRecord.success("clawback.open", "clawback", id,
                    "station " + e.stationId() + ": " + paid.toPlainString()));
            if (!settled) {
                notices.clawback(e.hostUnitId(), id, paid.toPlainString());
            }
        }
    }
}
