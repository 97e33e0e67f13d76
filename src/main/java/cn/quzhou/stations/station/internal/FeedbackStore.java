package cn.quzhou.stations.station.internal;

import cn.quzhou.stations.station.FeedbackCommand;
import cn.quzhou.stations.station.FeedbackRating;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The station_feedback table (append-only) and the evidence counts the society contact sees. */
@Component
public class FeedbackStore {

    private final JdbcClient jdbc;

    FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored feedback; {@code inForce} when no later one of the same station exists. */
    public record Row(long id, long stationId, long societyId, LocalDate givenOn, FeedbackRating rating, String text,
                      boolean noFurtherCooperation, String recordedBy, Instant recordedAt, boolean inForce) {
    }

    public long add(long stationId, long societyId, FeedbackCommand c, String by, Instant at) {
        return jdbc.sql("""
                insert into station_feedback (station_id, society_id, given_on, rating, text, no_further_cooperation,
                                              recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(stationId, societyId, Date.valueOf(c.givenOn()), c.rating().name(), c.text().strip(),
                        c.noFurtherCooperation(), by, Timestamp.from(at))
                .query(Long.class).single();
    }

    /** A station's feedback, newest first: the first one is in force. */
    public List<Row> of(long stationId) {
        return jdbc.sql(SELECT + " where f.station_id = ? order by f.id desc").param(stationId)
                .query(FeedbackStore::row).list();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where f.id = ?").param(id).query(FeedbackStore::row).optional();
    }

    /** Evidence (not withdrawn) per evaluation year, oldest year first. */
    public Map<Integer, Long> evidencePerYear(long stationId) {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select year, count(*) as n from station_evidence where station_id = ? and withdrawn_at is null
                 group by year order by year""").param(stationId)
                .query(rs -> {
                    counts.put(rs.getInt("year"), rs.getLong("n"));
                });
        return counts;
    }

    private static final String SELECT = """
            select f.*, not exists (select 1 from station_feedback later
                                     where later.station_id = f.station_id and later.id > f.id) as in_force
              from station_feedback f""";

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("station_id"), rs.getLong("society_id"),
                rs.getDate("given_on").toLocalDate(), FeedbackRating.valueOf(rs.getString("rating")),
                rs.getString("text"), rs.getBoolean("no_further_cooperation"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getBoolean("in_force"));
    }
}
