package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.evaluation.scoring.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes version 1 of each station's result at the year's publication into {@code evaluation_result} (V16). Reading
 * the results and appending later versions is {@link cn.quzhou.stations.evaluation.ResultVersions}.
 */
@Component
public class ResultStore {

    private final JdbcClient jdbc;

    private final cn.quzhou.stations.shared.RecordSeals seals;

    ResultStore(JdbcClient jdbc, cn.quzhou.stations.shared.RecordSeals seals) {
        this.jdbc = jdbc;
        this.seals = seals;
    }

    /** Writes version 1 of a station's year at publication. */
    public long publish(SelfReport r, Outcome o, LocalDate policy, String number, LocalDate on, String by, Instant at) {
        String args = o.args().isEmpty() ? null
                : o.args().stream().map(a -> a instanceof BigDecimal d ? d.toPlainString() : String.valueOf(a))
                        .collect(Collectors.joining("|"));
        return sealed(jdbc.sql("""
                insert into evaluation_result (year, station_id, version, station_year, host_unit_id, jurisdiction_id,
                    level, submitted, total, grade, reason_key, reason_args, policy_effective_from, document_number,
                    published_on, recorded_by, recorded_at)
                values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(r.getYear(), r.getStationId(), r.getStationYear(), r.getHostUnitId(), r.getJurisdictionId(),
                        r.getLevel().name(), o.total() != null, o.total(), o.grade().name(), o.reasonKey(), args,
                        java.sql.Date.valueOf(policy), number, java.sql.Date.valueOf(on), by,
                        java.sql.Timestamp.from(at))
                .query(Long.class).single());
    }

    /** Every published version carries a MAC of its content from the moment it is written (issue #11). */
    private long sealed(long id) {
        seals.seal(cn.quzhou.stations.shared.RecordSeals.Sealed.EVALUATION_RESULT, id);
        return id;
    }
}
