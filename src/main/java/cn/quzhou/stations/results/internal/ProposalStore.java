package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.results.OpenWaiting;
import cn.quzhou.stations.results.ProposalView;
import cn.quzhou.stations.station.RevocationCause;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table revocation_proposal: opening and reading; a decision is the {@link RevocationProposal} aggregate's. */
@Component
public class ProposalStore {

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, long stationId, long hostUnitId, long jurisdictionId, RevocationCause cause,
            int basisYear, LocalDate periodFrom, LocalDate periodTo, ProposalView.Status status, Instant openedAt,
            String decidedBy, Instant decidedAt, String decisionNote, String documentNumber, LocalDate decidedOn,
            Long feedbackId) {
    }

    /**
     * Opens a proposal unless one for the same basis is open or decided: the id when opened. {@code feedbackId} is
     * the basis of a SOCIETY_WITHDRAWS proposal (null for the others); the names are copied beside it for the list.
     */
    public Optional<Long> propose(long stationId, long hostUnitId, long jurisdictionId, RevocationCause cause,
            int basisYear, LocalDate from, LocalDate to, Long feedbackId, Instant at, String stationName,
            String hostUnitName) {
        return jdbc.sql("""
                insert into revocation_proposal (station_id, host_unit_id, jurisdiction_id, cause, basis_year,
                       period_from, period_to, feedback_id, status, opened_at, station_name, host_unit_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?) on conflict do nothing returning id""")
                .params(stationId, hostUnitId, jurisdictionId, cause.name(), basisYear,
                        from == null ? null : Date.valueOf(from), to == null ? null : Date.valueOf(to), feedbackId,
                        Timestamp.from(at), stationName, hostUnitName)
                .query(Long.class).optional();
    }

    public List<Row> open(long stationId) {
        return jdbc.sql("select * from revocation_proposal where station_id = ? and status = 'OPEN'").param(stationId)
                .query(ProposalStore::row).list();
    }

    /** The open proposals of a station for one cause, whatever their basis. */
    public List<Row> openFor(long stationId, RevocationCause cause) {
        return jdbc.sql("select * from revocation_proposal where station_id = ? and cause = ? and status = 'OPEN'")
                .params(stationId, cause.name()).query(ProposalStore::row).list();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select * from revocation_proposal where id = ?").param(id).query(ProposalStore::row).optional();
    }

    /** Open ones first, then the newest. */
    public List<Row> all() {
        return jdbc.sql("""
                select * from revocation_proposal order by case when status = 'OPEN' then 0 else 1 end, opened_at desc, id desc""")
                .query(ProposalStore::row).list();
    }

    public long countOpen() {
        return jdbc.sql("select count(*) from revocation_proposal where status = 'OPEN'").query(Long.class).single();
    }

    /** How many proposals are open and the day the oldest was opened (Beijing), in one statement. */
    public OpenWaiting openWaiting() {
        return jdbc.sql("""
                select count(*), min((opened_at at time zone 'Asia/Shanghai')::date) from revocation_proposal
                 where status = 'OPEN'""")
                .query((rs, n) -> new OpenWaiting(rs.getLong(1),
                        rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()))
                .single();
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        Date from = rs.getDate("period_from");
        Date to = rs.getDate("period_to");
        Timestamp decided = rs.getTimestamp("decided_at");
        Date decidedOn = rs.getDate("decided_on");
        return new Row(rs.getLong("id"), rs.getLong("station_id"), rs.getLong("host_unit_id"),
                rs.getLong("jurisdiction_id"), RevocationCause.valueOf(rs.getString("cause")), rs.getInt("basis_year"),
                from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate(),
                ProposalView.Status.valueOf(rs.getString("status")), rs.getTimestamp("opened_at").toInstant(),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(), rs.getString("decision_note"),
                rs.getString("document_number"), decidedOn == null ? null : decidedOn.toLocalDate(),
                (Long) rs.getObject("feedback_id"));
    }
}
