package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.evaluation.PublishedResult;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.evaluation.scoring.Outcome;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes version 1 of {@code evaluation_result} at publication and reads the version in force. */
@Component
public class ResultStore {

    private final JdbcClient jdbc;

    ResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long publish(SelfReport r, Outcome o, LocalDate policy, String number, LocalDate on, String by,
                        Instant at) {
        String args = o.args().isEmpty() ? null
                : o.args().stream().map(a -> a instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(a))
                        .collect(Collectors.joining("|"));
        return jdbc.sql("""
                insert into evaluation_result (year, station_id, version, station_year, host_unit_id, jurisdiction_id,
                    level, submitted, total, grade, reason_key, reason_args, policy_effective_from, document_number,
                    published_on, recorded_by, recorded_at)
                values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(r.getYear(), r.getStationId(), r.getStationYear(), r.getHostUnitId(), r.getJurisdictionId(),
                        r.getLevel().name(), o.total() != null, o.total(), o.grade().name(), o.reasonKey(), args,
                        Date.valueOf(policy), number, Date.valueOf(on), by, Timestamp.from(at))
                .query(Long.class).single();
    }

    /** The result in force (latest version) of a station's year. */
    public Optional<PublishedResult> inForce(int year, long stationId, String stationName) {
        return jdbc.sql("""
                select * from evaluation_result where year = ? and station_id = ? order by version desc limit 1""")
                .params(year, stationId)
                .query((rs, n) -> new PublishedResult(year, stationId, stationName, rs.getInt("version"),
                        Grade.valueOf(rs.getString("grade")), rs.getBigDecimal("total"), rs.getString("reason_key"),
                        args(rs.getString("reason_args")), rs.getString("document_number"), rs.getDate("published_on").toLocalDate()))
                .optional();
    }

    private static List<Object> args(String joined) {
        return joined == null ? List.of() : List.of((Object[]) joined.split("\\|", -1));
    }

    public List<Long> stationsPublished(int year) {
        return jdbc.sql("select distinct station_id from evaluation_result where year = ?").param(year)
                .query(Long.class).list();
    }
}
