package cn.quzhou.stations.funding;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.funding.internal.Clawback;
import cn.quzhou.stations.funding.internal.ClawbackRepayments;
import cn.quzhou.stations.funding.internal.ClawbackRepository;
import cn.quzhou.stations.funding.internal.GrantInstalment;
import cn.quzhou.stations.funding.internal.GrantInstalmentRepository;
import cn.quzhou.stations.funding.internal.InstalmentStore;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.ImportOrigin;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grant payments and clawback repayments made on paper before the platform, entered by import (issue #15, D8). An
 * imported payment needs its station; whether it agrees with the station's results and the policy's amounts is not
 * the import's to refuse: the reconciliation lists every disagreement ({@link Reconciliation}). A payment settles the
 * year's due instalment, so that the platform never asks for it to be paid again. A repayment needs a clawback, which
 * needs a revocation.
 */
@Service
@Transactional(readOnly = true)
public class GrantHistory {

    private final JdbcClient jdbc;
    private final Stations stations;
    private final InstalmentStore instalments;
    private final GrantInstalmentRepository grantInstalments;
    private final ClawbackRepository clawbacks;
    private final ClawbackRepayments repayments;
    private final AuditLog audit;
    private final Clock clock;

    /** An import commits thousands of payments in one transaction: each station read once. */
    private final cn.quzhou.stations.shared.TransactionMemo<Long, StationView> stationViews =
            new cn.quzhou.stations.shared.TransactionMemo<>();

    GrantHistory(JdbcClient jdbc, Stations stations, InstalmentStore instalments,
            GrantInstalmentRepository grantInstalments, ClawbackRepository clawbacks, ClawbackRepayments repayments,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.stations = stations;
        this.instalments = instalments;
        this.grantInstalments = grantInstalments;
        this.clawbacks = clawbacks;
        this.repayments = repayments;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records an imported payment and answers its id. */
    @Transactional
    @PreAuthorize("hasAuthority('history:import')")
    public long importPayment(ImportedPayment c, ImportOrigin origin) {
        StationView station = stationViews.get(c.stationId(), id -> stations.byIds(List.of(id)).get(id));
        if (station == null) {
            throw new NotFoundException("station", c.stationId());
        }
        notInFuture(c.paidOn());
        long id = jdbc.sql("""
                insert into imported_grant_payment (station_id, level, year, paid_on, amount, payer, document_number,
                       bank_reference, import_sha256, import_row, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.stationId(), station.level().name(), c.year(), Date.valueOf(c.paidOn()), c.amount(),
                        c.payer().strip(), c.documentNumber(), c.bankReference().strip(), origin.sha256(),
                        origin.row(), origin.importedBy(), Timestamp.from(origin.importedAt()))
                .query(Long.class).single();
        instalments.lockOf(c.stationId(), c.year()).filter(i -> i.status() == InstalmentStatus.DUE)
                .ifPresent(i -> grantInstalments.move(i.id(), GrantInstalment::pay));
        audit.record(AuditRecord.success("grant.payment.import", "imported_grant_payment", id,
                c.year() + ": " + c.amount().toPlainString() + " " + c.bankReference() + ", sha256=" + origin.sha256()
                        + ", row " + origin.row()));
        return id;
    }

    /** Records a repayment of the station's clawback made on paper; never more than is outstanding. */
    @Transactional
    @PreAuthorize("hasAuthority('history:import')")
    public void importRepayment(long stationId, LocalDate repaidOn, BigDecimal amount, String reference,
                                ImportOrigin origin) {
        Clawback clawback = clawbacks.lockByStationId(stationId)
                .orElseThrow(() -> new BusinessRuleException(null, "history.error.noClawback"));
        notInFuture(repaidOn);
        if (!repayments.record(clawback.getId(), repaidOn, amount, reference, origin.importedBy(),
                origin.importedAt(), origin)) {
            throw ConflictException.of("funding.error.repaymentKnown");
        }
        boolean settles = clawback.repay(amount, repaidOn, null);   // after the duplicate check, as on the page
        clawbacks.saveAndFlush(clawback);
        audit.record(AuditRecord.success("clawback.repay.import", "clawback", clawback.getId(),
                amount.toPlainString() + " " + reference + (settles ? ", settled" : "") + ", sha256=" + origin.sha256()
                        + ", row " + origin.row()));
    }

    /** The payments imported for a station, by year and date (the station's grants page and the tests). */
    @PreAuthorize("hasAuthority('funding:read')")
    public List<PaymentLine> importedPayments(long stationId) {
        StationView visible = stations.get(stationId);   // the data scope: NotFound when the user may not see it
        return jdbc.sql("""
                select year, paid_on, amount, payer, document_number, bank_reference, import_sha256, import_row
                  from imported_grant_payment where station_id = ? order by year, paid_on, id""")
                .param(visible.id())
                .query((rs, n) -> new PaymentLine(rs.getInt("year"), rs.getDate("paid_on").toLocalDate(),
                        rs.getBigDecimal("amount"), rs.getString("payer"), rs.getString("document_number"),
                        rs.getString("bank_reference"), rs.getString("import_sha256"), rs.getInt("import_row")))
                .list();
    }

    private void notInFuture(LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException(null, "history.error.future");
        }
    }

    /** A payment made on paper, with the file and row it was imported from. */
    public record PaymentLine(int year, LocalDate paidOn, BigDecimal amount, String payer, String documentNumber,
                              String bankReference, String importSha256, int importRow) {
    }

}
