package cn.quzhou.stations.funding;

import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.funding.internal.Clawback;
import cn.quzhou.stations.funding.internal.ClawbackList;
import cn.quzhou.stations.funding.internal.ClawbackRepayments;
import cn.quzhou.stations.funding.internal.ClawbackRepository;
import cn.quzhou.stations.funding.internal.ClawbackList.Row;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 追缴 (Art. 18): clawbacks opened by revocations, and the repayments the city CAST records until each is settled. */
@Service
@Transactional(readOnly = true)
public class Clawbacks {

    private final JdbcClient jdbc;
    private final ClawbackList list;
    private final ClawbackRepository clawbacks;
    private final ClawbackRepayments repayments;
    private final AuditLog audit;
    private final Clock clock;

    Clawbacks(JdbcClient jdbc, ClawbackList list, ClawbackRepository clawbacks, ClawbackRepayments repayments,
              AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.list = list;
        this.clawbacks = clawbacks;
        this.repayments = repayments;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the clawbacks in the signed-in user's scope, searched, filtered and sorted as asked. */
    @PreAuthorize("hasAuthority('funding:read')")
    public Paged<ClawbackView> page(ListRequest request, ClawbackFilter filter) {
        return list.page(PlatformUser.current().scope(), filter, request.resolve(ClawbackList.SORTS))
                .map(Clawbacks::view);
    }

    /** Every clawback the same list would show, in its order, handed to {@code each} as read (the Excel export). */
    @PreAuthorize("hasAuthority('funding:read')")
    public void export(ListRequest request, ClawbackFilter filter, Consumer<ClawbackView> each) {
        list.export(PlatformUser.current().scope(), filter, request.resolve(ClawbackList.SORTS).everything(),
                r -> each.accept(view(r)));
    }

    /** The open clawbacks owing most (one page of them; the clawbacks list filtered on OPEN holds them all). */
    @PreAuthorize("hasAuthority('funding:read')")
    public Paged<ClawbackView> mostOutstanding() {
        return page(ListRequest.of(1, null, "outstanding,desc", null), new ClawbackFilter(ClawbackState.OPEN, null, null));
    }

    /** The station's clawback (a station has at most one), if the signed-in user may see it. */
    @PreAuthorize("hasAuthority('funding:read')")
    public java.util.Optional<ClawbackView> ofStation(long stationId) {
        return jdbc.sql("select * from clawback where station_id = ?").param(stationId).query(Clawbacks::row).optional()
                .filter(r -> PlatformUser.current().scope().covers(r.jurisdictionId(), r.hostUnitId()))
                .map(r -> view(r, r.stationName(), r.hostUnitName(), List.of()));
    }

    @PreAuthorize("hasAuthority('funding:read')")
    public ClawbackView get(long id) {
        Row r = visible(id);
        List<ClawbackView.Repayment> repayments = jdbc.sql(
                        "select * from clawback_repayment where clawback_id = ? order by repaid_on, id").param(id)
                .query((rs, n) -> new ClawbackView.Repayment(rs.getLong("id"), rs.getDate("repaid_on").toLocalDate(),
                        rs.getBigDecimal("amount"), rs.getString("reference"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
        return view(r, r.stationName(), r.hostUnitName(), repayments);
    }

    /** Records a repayment; never more than is outstanding, never in the future. Settles the clawback when repaid. */
    @Transactional
    @PreAuthorize("hasAuthority('funding:pay')")
    public ClawbackView repay(long id, RepaymentCommand c) {
        Clawback clawback = clawbacks.lockById(id).orElseThrow(() -> new NotFoundException("clawback", id));
        clawback.expectOpen();
        if (c.repaidOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("repaidOn", "funding.error.future");
        }
        if (!repayments.record(id, c.repaidOn(), c.amount(), c.reference(), PlatformUser.current().getUsername(),
                clock.instant(), null)) {   // before the aggregate moves: a refused repayment leaves it as it was
            throw ConflictException.onField("reference", "funding.error.repaymentKnown");
        }
        boolean settles = clawback.repay(c.amount(), c.repaidOn(), "amount");
        clawbacks.saveAndFlush(clawback);
        audit.record(AuditRecord.success("clawback.repay", "clawback", id,
                c.amount().toPlainString() + " " + c.reference() + (settles ? ", settled" : "")));
        return get(id);
    }

    /** How many clawbacks are still open (the city CAST's to-do). */
    @PreAuthorize("hasAuthority('funding:pay')")
    public long openCount() {
        return jdbc.sql("select count(*) from clawback where settled_on is null").query(Long.class).single();
    }

    /** {@link #openCount} as a 待办 line in one statement: each waits from its opening. */
    @PreAuthorize("hasAuthority('funding:pay')")
    public TodoDeadlines.Waiting openWaiting(LocalDate overdueBefore) {
        return FundingTodoSql.waiting(jdbc, "select opened_on as since from clawback where settled_on is null",
                overdueBefore);
    }

    private Row visible(long id) {
        Row r = jdbc.sql("select * from clawback where id = ?").param(id).query(Clawbacks::row).optional()
                .orElseThrow(() -> new NotFoundException("clawback", id));
        if (!PlatformUser.current().scope().covers(r.jurisdictionId(), r.hostUnitId())) {
            throw new NotFoundException("clawback", id);
        }
        return r;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return ClawbackList.ROWS.mapRow(rs, n);
    }

    private static ClawbackView view(Row r) {
        return view(r, r.stationName(), r.hostUnitName(), List.of());
    }

    private static ClawbackView view(Row r, String station, String unit, List<ClawbackView.Repayment> repayments) {
        return new ClawbackView(r.id(), r.stationId(), station, r.hostUnitId(), unit, r.amount(), r.repaid(),
                r.openedOn(), r.documentNumber(), r.settledOn(), repayments);
    }
}
