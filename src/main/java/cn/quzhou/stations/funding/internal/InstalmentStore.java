package cn.quzhou.stations.funding.internal;

import cn.quzhou.stations.funding.InstalmentStatus;
import cn.quzhou.stations.funding.PaymentStatus;
import cn.quzhou.stations.funding.PaymentView;
import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.ConflictException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rows of {@code grant_instalment} and {@code grant_payment}; no access control here (the facades do it). */
@Component
public class InstalmentStore {

    private static final String PAYMENT = "select * from grant_payment ";

    private final JdbcClient jdbc;

    InstalmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An instalment as stored, with its live (not withdrawn) payment if any. */
    public record Row(long id, long stationId, long hostUnitId, long jurisdictionId, SocietyLevel level, int year,
                      int stationYear, BigDecimal amount, String payerKind, Long payerJurisdictionId,
                      InstalmentStatus status, String cancelCause, String resultDocument) {
    }

    /** The instalments within {@code scope} (a condition on this table's columns), latest year first. */
    public List<Row> within(DataScope.Sql scope) {
        return jdbc.sql("select * from grant_instalment where " + scope.condition()
                        + " order by year desc, station_id, station_year")
                .params(scope.params()).query(this::row).list();
    }

    /** The instalment of a station's year, if one fell due. */
    public Optional<Row> of(long stationId, int year) {
        return jdbc.sql("select * from grant_instalment where station_id = ? and year = ?").params(stationId, year)
                .query(this::row).optional();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select * from grant_instalment where id = ?").param(id).query(this::row).optional();
    }

    /** The instalment, locked until the end of the transaction: payments and approvals of it queue up here. */
    public Optional<Row> lock(long id) {
        return jdbc.sql("select * from grant_instalment where id = ? for update").param(id).query(this::row).optional();
    }

    public Optional<Row> lockOf(long stationId, int year) {
        return jdbc.sql("select * from grant_instalment where station_id = ? and year = ? for update")
                .params(stationId, year).query(this::row).optional();
    }

    public List<Row> ofStation(long stationId) {
        return jdbc.sql("select * from grant_instalment where station_id = ? order by station_year for update")
                .param(stationId).query(this::row).list();
    }

    /**
     * Moves the instalment from {@code from} to {@code to}; a conflict (409) when it is no longer in {@code from}, so a
     * caller that read a stale status can never overwrite a cancellation or a payment.
     */
    public void transition(long id, InstalmentStatus from, InstalmentStatus to, String cancelCause) {
        int changed = jdbc.sql("update grant_instalment set status = ?, cancel_cause = ? where id = ? and status = ?")
                .params(to.name(), cancelCause, id, from.name()).update();
        if (changed == 0) {
            throw new ConflictException("funding.error.notDue");
        }
    }

    public Optional<PaymentView> livePayment(long instalmentId) {
        return jdbc.sql(PAYMENT + "where instalment_id = ? and status <> 'WITHDRAWN'").param(instalmentId)
                .query(InstalmentStore::payment).optional();
    }

    /** The live payments of the instalments within {@code scope} (a condition on {@code grant_instalment i}). */
    public List<PaymentView> livePaymentsWithin(DataScope.Sql scope) {
        return jdbc.sql("""
                        select p.* from grant_payment p join grant_instalment i on i.id = p.instalment_id
                         where p.status <> 'WITHDRAWN' and """ + " " + scope.condition())
                .params(scope.params()).query(InstalmentStore::payment).list();
    }

    public Optional<PaymentView> paymentByKey(String key) {
        return jdbc.sql(PAYMENT + "where idempotency_key = ?").param(key).query(InstalmentStore::payment).optional();
    }

    public Optional<PaymentView> payment(long id) {
        return jdbc.sql(PAYMENT + "where id = ?").param(id).query(InstalmentStore::payment).optional();
    }


    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("station_id"), rs.getLong("host_unit_id"),
                rs.getLong("jurisdiction_id"), SocietyLevel.valueOf(rs.getString("level")), rs.getInt("year"),
                rs.getInt("station_year"), rs.getBigDecimal("amount"), rs.getString("payer_kind"),
                (Long) rs.getObject("payer_jurisdiction_id", Long.class),
                InstalmentStatus.valueOf(rs.getString("status")), rs.getString("cancel_cause"),
                rs.getString("result_document"));
    }

    static PaymentView payment(ResultSet rs, int n) throws SQLException {
        return new PaymentView(rs.getLong("id"), rs.getLong("instalment_id"), rs.getDate("paid_on").toLocalDate(),
                rs.getBigDecimal("amount"), rs.getString("payer"), rs.getString("document_number"),
                rs.getString("bank_reference"), PaymentStatus.valueOf(rs.getString("status")),
                rs.getString("recorded_by"), instant(rs.getTimestamp("recorded_at")), rs.getString("approved_by"),
                instant(rs.getTimestamp("approved_at")));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
