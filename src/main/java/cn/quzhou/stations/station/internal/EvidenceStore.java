package cn.quzhou.stations.station.internal;

import cn.quzhou.stations.station.EvidenceCommand;
import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.station.EvidenceLevel;
import cn.quzhou.stations.station.EvidenceView;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The station_evidence table. Withdrawn evidence stays on record, out of every list. */
@Component
public class EvidenceStore {

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long stationId, EvidenceCommand c, UUID fileId, String fileName, String by, Instant at) {
        return jdbc.sql("""
                insert into station_evidence (station_id, year, kind, occurred_on, description, attendance, level, days,
                                              file_id, file_name, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(stationId, c.year(), c.kind().name(), Date.valueOf(c.occurredOn()), c.description().strip(),
                        c.kind().needs(EvidenceKind.Needs.ATTENDANCE) ? c.attendance() : null,
                        c.level() == null ? null : c.level().name(),
                        c.kind().needs(EvidenceKind.Needs.DAYS) ? c.days() : null, fileId, fileName, by,
                        Timestamp.from(at))
                .query(Long.class).single();
    }

    public List<EvidenceView> of(long stationId, Integer year) {
        return jdbc.sql("""
                select * from station_evidence where station_id = ? and withdrawn_at is null
                   and (cast(? as int) is null or year = ?) order by occurred_on, id""")
                .params(stationId, year, year).query(EvidenceStore::view).list();
    }

    public long countOccurred(long stationId, java.time.LocalDate from, java.time.LocalDate toExclusive) {
        return jdbc.sql("""
                select count(*) from station_evidence
                 where station_id = ? and withdrawn_at is null and occurred_on >= ? and occurred_on < ?""")
                .params(stationId, Date.valueOf(from), Date.valueOf(toExclusive)).query(Long.class).single();
    }

    public Optional<EvidenceView> find(long stationId, long evidenceId) {
        return jdbc.sql("select * from station_evidence where station_id = ? and id = ? and withdrawn_at is null")
                .params(stationId, evidenceId).query(EvidenceStore::view).optional();
    }

    public Optional<UUID> fileOf(long stationId, long evidenceId) {
        return jdbc.sql("select file_id from station_evidence where station_id = ? and id = ? and withdrawn_at is null")
                .params(stationId, evidenceId).query(UUID.class).optional();
    }

    public boolean withdraw(long stationId, long evidenceId, Instant at) {
        return jdbc.sql("update station_evidence set withdrawn_at = ? where station_id = ? and id = ? and withdrawn_at is null")
                .params(Timestamp.from(at), stationId, evidenceId).update() == 1;
    }

    static final org.springframework.jdbc.core.RowMapper<EvidenceView> ROWS = EvidenceStore::view;

    private static EvidenceView view(ResultSet rs, int n) throws SQLException {
        String level = rs.getString("level");
        return new EvidenceView(rs.getLong("id"), rs.getLong("station_id"), rs.getInt("year"),
                EvidenceKind.valueOf(rs.getString("kind")), rs.getDate("occurred_on").toLocalDate(),
                rs.getString("description"), (Integer) rs.getObject("attendance"),
                level == null ? null : EvidenceLevel.valueOf(level), rs.getBigDecimal("days"), rs.getString("file_name"),
                rs.getObject("file_id") != null, rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
