package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.results.RectificationView;
import cn.quzhou.stations.results.RectificationView.Status;
import cn.quzhou.stations.results.internal.Rectification;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables rectification and rectification_event: opening a task, its history and what lists read. The task's
 * moves are the {@link Rectification} aggregate's.
 */
@Component
public class RectificationStore {

    private final JdbcClient jdbc;

    RectificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of rectification, without names. */
    public record Row(long id, int year, long stationId, long resultId, long hostUnitId, long jurisdictionId,
            boolean cityDirect, String noticeNumber, String noticeReason, LocalDate openedOn, LocalDate firstDeadline,
            LocalDate deadline, Status status, String report, UUID reportFileId, String reportFileName,
            String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt, String decisionNote,
            String cancelReason) {
    }

    public Optional<Row> openOf(int year, long stationId) {
        return jdbc.sql("select * from rectification where year = ? and station_id = ? and status in ('OPEN', 'SUBMITTED')")
                .params(year, stationId).query(RectificationStore::row).optional();
    }

    /**
     * Whether (year, station) has a task that was not cancelled — open, submitted or closed: a year is criticised
     * and rectified once, a later correction of its total does not start over. A cancelled task may be followed by
     * a new one (the result turned UNQUALIFIED again).
     */
    public boolean rectifiedOrUnderway(int year, long stationId) {
        return jdbc.sql("select exists (select 1 from rectification where year = ? and station_id = ? and status <> 'CANCELLED')")
                .params(year, stationId).query(Boolean.class).single();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select * from rectification where id = ?").param(id).query(RectificationStore::row).optional();
    }

    public List<Row> within(DataScope.Sql scope) {
        return jdbc.sql("select * from rectification r where " + scope.condition() + " order by opened_on desc, id desc")
                .params(scope.params()).query(RectificationStore::row).list();
    }

    public List<Row> openOfStation(long stationId) {
        return jdbc.sql("select * from rectification where station_id = ? and status in ('OPEN', 'SUBMITTED')")
                .param(stationId).query(RectificationStore::row).list();
    }

    /**
     * The next number of the year's public criticism notices. Numbers are gapless per year: concurrent publications
     * wait for each other here (a transaction-scoped advisory lock) instead of colliding on the unique number.
     */
    public int nextNoticeSeq(int noticeYear) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('rectification_notice'), ?)").param(noticeYear)
                .query((rs, n) -> 1).list();
        return jdbc.sql("select coalesce(max(notice_seq), 0) + 1 from rectification where notice_year = ?")
                .param(noticeYear).query(Integer.class).single();
    }

    public long open(int year, long stationId, long resultId, long hostUnitId, long jurisdictionId, boolean cityDirect,
            int noticeYear, int noticeSeq, String noticeNumber, String reason, LocalDate openedOn, LocalDate deadline) {
        // the names as the result in force lists them (written just before, in this transaction)
        return jdbc.sql("""
                insert into rectification (year, station_id, result_id, host_unit_id, jurisdiction_id, city_direct,
                       notice_year, notice_seq, notice_number, notice_reason, opened_on, first_deadline, deadline, status,
                       station_name, host_unit_name)
                select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', l.station_name, l.host_unit_name
                  from evaluation_result_list l where l.year = ? and l.station_id = ?
                returning id""")
                .params(year, stationId, resultId, hostUnitId, jurisdictionId, cityDirect, noticeYear, noticeSeq,
                        noticeNumber, reason, Date.valueOf(openedOn), Date.valueOf(deadline), Date.valueOf(deadline),
                        year, stationId)
                .query(Long.class).single();
    }

    public void step(long id, String kind, String note, LocalDate deadline, String actor, Instant at) {
        jdbc.sql("""
                insert into rectification_event (rectification_id, kind, note, deadline, actor, at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, kind, note, deadline == null ? null : Date.valueOf(deadline), actor, Timestamp.from(at))
                .update();
    }

    public List<RectificationView.Step> steps(long id) {
        return jdbc.sql("select * from rectification_event where rectification_id = ? order by id").param(id)
                .query((rs, n) -> {
                    Date d = rs.getDate("deadline");
                    return new RectificationView.Step(rs.getString("kind"), rs.getString("note"),
                            d == null ? null : d.toLocalDate(), rs.getString("actor"), rs.getTimestamp("at").toInstant());
                }).list();
    }

    /** Counts for the home page's to-dos. */
    public long count(String condition, List<Object> params) {
        return jdbc.sql("select count(*) from rectification r where " + condition).params(new ArrayList<>(params))
                .query(Long.class).single();
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Row(rs.getLong("id"), rs.getInt("year"), rs.getLong("station_id"), rs.getLong("result_id"),
                rs.getLong("host_unit_id"), rs.getLong("jurisdiction_id"), rs.getBoolean("city_direct"),
                rs.getString("notice_number"), rs.getString("notice_reason"), rs.getDate("opened_on").toLocalDate(),
                rs.getDate("first_deadline").toLocalDate(), rs.getDate("deadline").toLocalDate(),
                Status.valueOf(rs.getString("status")), rs.getString("report"), rs.getObject("report_file_id", UUID.class),
                rs.getString("report_file_name"), rs.getString("submitted_by"),
                submitted == null ? null : submitted.toInstant(), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("decision_note"),
                rs.getString("cancel_reason"));
    }
}
