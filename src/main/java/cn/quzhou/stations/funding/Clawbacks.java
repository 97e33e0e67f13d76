package cn.quzhou.stations.funding;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 追缴 (Art. 18): clawbacks opened by revocations, and the repayments the city CAST records until each is settled. */
@Service
@Transactional(readOnly = true)
public class Clawbacks {

    private final JdbcClient jdbc;
    private final Stations stations;
    private final HostUnits units;
    private final AuditLog audit;
    private final Clock clock;

    Clawbacks(JdbcClient jdbc, Stations stations, HostUnits units, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.stations = stations;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Clawbacks in the signed-in user's scope, open ones first. */
    @PreAuthorize("hasAuthority('funding:read')")
    public List<ClawbackView> list() {
        var scope = PlatformUser.current().scope().sql("jurisdiction_id", "host_unit_id");
        List<Row> rows = jdbc.sql("select * from clawback where " + scope.condition()
                        + " order by settled_on nulls first, opened_on desc, id desc")
                .params(scope.params()).query(Clawbacks::row).list();
        Map<Long, String> names = stations.byIds(rows.stream().map(Row::stationId).collect(Collectors.toSet())).values()
                .stream().collect(Collectors.toMap(StationView::id, StationView::name));
        Map<Long, String> unitNames = units.namesOf(rows.stream().map(Row::hostUnitId).collect(Collectors.toSet()));
        return rows.stream().map(r -> view(r, names.get(r.stationId()), unitNames.get(r.hostUnitId()), List.of()))
                .toList();
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
        return view(r, stations.get(r.stationId()).name(), units.namesOf(List.of(r.hostUnitId())).get(r.hostUnitId()),
                repayments);
    }

    /** Records a repayment; never more than is outstanding, never in the future. Settles the clawback when repaid. */
    @Transactional
    @PreAuthorize("hasAuthority('funding:pay')")
    public ClawbackView repay(long id, RepaymentCommand c) {
        Row r = jdbc.sql("select * from clawback where id = ? for update").param(id).query(Clawbacks::row).optional()
                .orElseThrow(() -> new NotFoundException("clawback", id));
        if (r.settledOn() != null) {
            throw new ConflictException("funding.error.clawbackSettled");
        }
        if (c.repaidOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("repaidOn", "funding.error.future");
        }
        BigDecimal outstanding = r.amount().subtract(r.repaid());
        if (c.amount().compareTo(outstanding) > 0) {
            throw new BusinessRuleException("amount", "funding.error.overOutstanding", outstanding.toPlainString());
        }
        boolean known = jdbc.sql("select count(*) from clawback_repayment where clawback_id = ? and reference = ?")
                .params(id, c.reference().strip()).query(Long.class).single() > 0;
        if (known) {
            throw new ConflictException("reference", "funding.error.repaymentKnown");
        }
        jdbc.sql("""
                insert into clawback_repayment (clawback_id, repaid_on, amount, reference, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, Date.valueOf(c.repaidOn()), c.amount(), c.reference().strip(),
                        PlatformUser.current().getUsername(), Timestamp.from(clock.instant()))
                .update();
        boolean settles = c.amount().compareTo(outstanding) == 0;
        jdbc.sql("update clawback set repaid = repaid + ?, settled_on = ? where id = ?")
                .params(c.amount(), settles ? Date.valueOf(c.repaidOn()) : null, id).update();
        audit.record(AuditRecord.success("clawback.repay", "clawback", id,
                c.amount().toPlainString() + " " + c.reference() + (settles ? ", settled" : "")));
        return get(id);
    }

    /** How many clawbacks are still open (the city CAST's to-do). */
    @PreAuthorize("hasAuthority('funding:pay')")
    public long openCount() {
        return jdbc.sql("select count(*) from clawback where settled_on is null").query(Long.class).single();
    }

    private Row visible(long id) {
        Row r = jdbc.sql("select * from clawback where id = ?").param(id).query(Clawbacks::row).optional()
                .orElseThrow(() -> new NotFoundException("clawback", id));
        if (!PlatformUser.current().scope().covers(r.jurisdictionId(), r.hostUnitId())) {
            throw new NotFoundException("clawback", id);
        }
        return r;
    }

    private record Row(long id, long stationId, long hostUnitId, long jurisdictionId, BigDecimal amount,
                       BigDecimal repaid, LocalDate openedOn, String documentNumber, LocalDate settledOn) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Date settled = rs.getDate("settled_on");
        return new Row(rs.getLong("id"), rs.getLong("station_id"), rs.getLong("host_unit_id"),
                rs.getLong("jurisdiction_id"), rs.getBigDecimal("amount"), rs.getBigDecimal("repaid"),
                rs.getDate("opened_on").toLocalDate(), rs.getString("document_number"),
                settled == null ? null : settled.toLocalDate());
    }

    private static ClawbackView view(Row r, String station, String unit, List<ClawbackView.Repayment> repayments) {
        return new ClawbackView(r.id(), r.stationId(), station, r.hostUnitId(), unit, r.amount(), r.repaid(),
                r.openedOn(), r.documentNumber(), r.settledOn(), repayments);
    }
}
