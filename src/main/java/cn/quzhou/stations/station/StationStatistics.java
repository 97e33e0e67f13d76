package cn.quzhou.stations.station;

import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.SocietyLevel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only statistics of recognised stations for the reporting module, one SQL statement within the signed-in
 * user's data scope. EXPIRED is derived as in {@link Stations#status}: stored ACTIVE with the agreement ended.
 */
@Service
@Transactional(readOnly = true)
public class StationStatistics {

    private final JdbcClient jdbc;
    private final Clock clock;

    StationStatistics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stations by jurisdiction, level and status; {@code year} of recognition, null = every year. */
    @PreAuthorize("hasAuthority('report:read')")
    public List<StationCount> countsByJurisdictionLevelStatus(Integer year) {
        DataScope.Sql scope = PlatformUser.current().scope().sql("jurisdiction_id", "host_unit_id");
        List<Object> params = new ArrayList<>();
        params.add(LocalDate.now(clock));
        params.addAll(scope.params());
        String yearCondition = "";
        if (year != null) {
            // a date range rather than extract(year ...): the same stations, and station_recognised serves it
            yearCondition = " and recognised_on >= ? and recognised_on < ?";
            params.add(LocalDate.of(year, 1, 1));
            params.add(LocalDate.of(year + 1, 1, 1));
        }
        return jdbc.sql("""
                        select jurisdiction_id, level, status, count(*) as n
                          from (select jurisdiction_id, level, host_unit_id, recognised_on,
                                       case when status = 'ACTIVE' and agreement_ends_on < ? then 'EXPIRED'
                                            else status end as status
                                  from station) s
                         where """ + " " + scope.condition() + yearCondition + "\n" + """
                         group by jurisdiction_id, level, status order by jurisdiction_id, level, status""")
                .params(params)
                .query((rs, n) -> new StationCount(rs.getLong("jurisdiction_id"),
                        SocietyLevel.valueOf(rs.getString("level")), StationStatus.valueOf(rs.getString("status")),
                        rs.getLong("n")))
                .list();
    }

    /**
     * Stations recognised by jurisdiction, level and year of recognition, whatever their status since: the cells of the
     * county × level × year table, one grouped statement. With a {@code year}, that year and the one before (for the
     * year-on-year change); every year otherwise.
     */
    @PreAuthorize("hasAuthority('report:read')")
    public List<RecognitionCount> recognitionsByJurisdictionLevelYear(Integer year) {
        DataScope.Sql scope = PlatformUser.current().scope().sql("jurisdiction_id", "host_unit_id");
        List<Object> params = new ArrayList<>(scope.params());
        String yearCondition = "";
        if (year != null) {
            yearCondition = " and recognised_on >= ? and recognised_on < ?";
            params.add(LocalDate.of(year - 1, 1, 1));
            params.add(LocalDate.of(year + 1, 1, 1));
        }
        return jdbc.sql("select jurisdiction_id, level, extract(year from recognised_on)::int as y, count(*) as n"
                        + " from station where (" + scope.condition() + ")" + yearCondition
                        + " group by jurisdiction_id, level, y order by jurisdiction_id, level, y")
                .params(params)
                .query((rs, n) -> new RecognitionCount(rs.getLong("jurisdiction_id"),
                        SocietyLevel.valueOf(rs.getString("level")), rs.getInt("y"), rs.getLong("n")))
                .list();
    }
}
