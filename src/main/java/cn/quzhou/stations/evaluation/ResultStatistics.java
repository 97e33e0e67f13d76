package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.internal.ScopeSql;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.PlatformUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only statistics of published results for the reporting module: results in force (the latest version of each
 * year and station, as everywhere else) by year, jurisdiction and grade, one SQL statement within the user's scope.
 */
@Service
@Transactional(readOnly = true)
public class ResultStatistics {

    private final JdbcClient jdbc;

    ResultStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code year} null = every published year. */
    @PreAuthorize("hasAuthority('report:read')")
    public List<GradeCount> gradeCounts(Integer year) {
        ScopeSql scope = ScopeSql.of(PlatformUser.current().scope(), "r");
        List<Object> params = new ArrayList<>(scope.params());
        String yearCondition = "";
        if (year != null) {
            yearCondition = " and r.year = ?";
            params.add(year);
        }
        return jdbc.sql("""
                        select year, jurisdiction_id, grade, count(*) as n
                          from (select distinct on (r.year, r.station_id) r.year, r.jurisdiction_id, r.grade
                                  from evaluation_result r
                                 where """ + " " + scope.condition() + yearCondition + "\n" + """
                                 order by r.year, r.station_id, r.version desc) in_force
                         group by year, jurisdiction_id, grade order by year desc, jurisdiction_id, grade""")
                .params(params)
                .query((rs, n) -> new GradeCount(rs.getInt("year"), rs.getLong("jurisdiction_id"),
                        Grade.valueOf(rs.getString("grade")), rs.getLong("n")))
                .list();
    }
}
