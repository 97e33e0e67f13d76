package cn.quzhou.stations.results;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.results.GradeCount;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only statistics of published results for the reporting module: results in force (the latest version of each
 * year and station, as everywhere else) by year, jurisdiction and grade, one SQL statement within the user's scope.
 * The city's and a county's figures are read from {@code result_grade_count}, which every published result moves
 * (trigger of V40); a scope narrower than a jurisdiction is counted from the results themselves.
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
        DataScope scope = PlatformUser.current().scope();
        return scope instanceof DataScope.All || scope instanceof DataScope.OfJurisdiction
                ? maintained(scope, year) : counted(scope, year);
    }

    private List<GradeCount> maintained(DataScope dataScope, Integer year) {
        DataScope.Sql scope = dataScope.sql("jurisdiction_id", "jurisdiction_id");
        List<Object> params = new ArrayList<>(scope.params());
        String yearCondition = "";
        if (year != null) {
            yearCondition = " and year = ?";
            params.add(year);
        }
        return jdbc.sql("select year, jurisdiction_id, grade, n from result_grade_count where n > 0 and "
                        + scope.condition() + yearCondition + " order by year desc, jurisdiction_id, grade")
                .params(params)
                .query(ResultStatistics::gradeCount)
                .list();
    }

    /** The same figures counted row by row from the results. */
    List<GradeCount> counted(DataScope dataScope, Integer year) {
        DataScope.Sql scope = dataScope.on("r");
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
                .query(ResultStatistics::gradeCount)
                .list();
    }

    private static GradeCount gradeCount(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new GradeCount(rs.getInt("year"), rs.getLong("jurisdiction_id"), Grade.valueOf(rs.getString("grade")),
                rs.getLong("n"));
    }
}
