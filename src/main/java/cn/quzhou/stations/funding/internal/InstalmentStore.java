package cn.quzhou.stations.funding.internal;

import cn.quzhou.stations.funding.InstalmentStatus;
import cn.quzhou.stations.funding.PaymentStatus;
import cn.quzhou.stations.funding.PaymentView;
import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rows of {@code grant_instalment} and {@code grant_payment} as read; no access control here (the facades do it). Their
 * moves are the {@link GrantInstalment} and {@link GrantPayment} aggregates'.
 */
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
                      InstalmentStatus status, String cancelCause, String resultDocument, String stationName,
                      String hostUnitName, Instant createdAt) {

        public NameCopy names() {
            return new NameCopy(stationName, hostUnitName);
        }
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

    /** A station's instalments (two at most: Art. 7 pays years 1 and 2), unlocked, for reading. */
    public List<Row> readOfStation(long stationId) {
        return jdbc.sql("select * from grant_instalment where station_id = ? order by station_year")
                .param(stationId).query(this::row).list();
    }

    public Optional<PaymentView> livePayment(long instalmentId) {
        return jdbc.sql(PAYMENT + "where instalment_id = ? and status <> 'WITHDRAWN'").param(instalmentId)
                .query(InstalmentStore::payment).optional();
    }

    public Optional<PaymentView> paymentByKey(String key) {
        return jdbc.sql(PAYMENT + "where idempotency_key = ?").param(key).query(InstalmentStore::payment).optional();
    }

    public Optional<PaymentView> payment(long id) {
        return jdbc.sql(PAYMENT + "where id = ?").param(id).query(InstalmentStore::payment).optional();
    }


    Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("station_id"), rs.getLong("host_unit_id"),
                rs.getLong("jurisdiction_id"), SocietyLevel.valueOf(rs.getString("level")), rs.getInt("year"),
                rs.getInt("station_year"), rs.getBigDecimal("amount"), rs.getString("payer_kind"),
                (Long) rs.getObject("payer_jurisdiction_id", Long.class),
                InstalmentStatus.valueOf(rs.getString("status")), rs.getString("cancel_cause"),
                rs.getString("result_document"), rs.getString("station_name"), rs.getString("host_unit_name"),
                rs.getTimestamp("created_at").toInstant());
    }

    public static PaymentView payment(ResultSet rs, int n) throws SQLException {
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
