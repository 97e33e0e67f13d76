package cn.quzhou.stations.station;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezes a station's evidence of one year: once a self-report is submitted for evaluation the host unit may no
 * longer record or withdraw evidence of that year; a returned report unfreezes it. The evaluation module calls this
 * (station does not know the evaluation); table {@code evidence_year_lock} belongs to this module.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceYearLocks {

    private final JdbcClient jdbc;
    private final Clock clock;

    EvidenceYearLocks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void freeze(long stationId, int year) {
        jdbc.sql("insert into evidence_year_lock (station_id, year, locked_at) values (?, ?, ?) on conflict do nothing")
                .params(stationId, year, Timestamp.from(clock.instant())).update();
    }

    @Transactional
    public void unfreeze(long stationId, int year) {
        jdbc.sql("delete from evidence_year_lock where station_id = ? and year = ?").params(stationId, year).update();
    }

    @PreAuthorize("hasAuthority('station:read')")
    public boolean frozen(long stationId, int year) {
        return jdbc.sql("select count(*) from evidence_year_lock where station_id = ? and year = ?")
                .params(stationId, year).query(Integer.class).single() > 0;
    }
}
