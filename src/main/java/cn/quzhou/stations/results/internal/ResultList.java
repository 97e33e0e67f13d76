package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.evaluation.ResultVersions;
import cn.quzhou.stations.evaluation.ResultVersion;
import cn.quzhou.stations.results.ResultFilter;
import cn.quzhou.stations.results.YearSummary;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published results in force as a list (V28 {@code evaluation_result_list}): one statement for the page, one for
 * the total, the data scope and every filter inside the WHERE, the keyword on the trigram-indexed names and document
 * number. Scores are read as stored at publication or correction: nothing is scored again to show a list.
 */
@Component
public class ResultList {

    public static final SortKeys SORTS = SortKeys.of("l.id", "score,desc",
            "score", "l.score_key", "rank", "l.rank_key", "station", "l.station_name", "grade", "l.grade_order",
            "jurisdiction", "l.jurisdiction_id", "year", "l.year");

    private static final String FROM = "evaluation_result_list l";

    /** A row with its names copied beside it; the caller names the jurisdiction and words the reason. */
    public record Row(ResultVersion result, String stationName, String hostUnitName, String societyName) {
    }

    private static final RowMapper<Row> ROWS = (rs, n) -> new Row(ResultVersions.row(rs, n), rs.getString("station_name"),
            rs.getString("host_unit_name"), rs.getString("society_name"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ResultList(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Paged<Row> page(DataScope.Sql scope, ResultFilter filter, ListQuery query) {
        return SqlList.page(jdbc, "l.*", FROM, where(scope, filter, query), query, SORTS, ROWS);
    }

    public void export(DataScope.Sql scope, ResultFilter filter, ListQuery query, Consumer<Row> each) {
        SqlList.stream(template, "l.*", FROM, where(scope, filter, query), query, SORTS, ROWS, each);
    }

    /**
     * The published years within {@code scope}, newest first, with their counts per grade in force and the year's
     * publication (number and date of version 1): one statement, whatever the number of years or stations.
     */
    public List<YearSummary> years(DataScope.Sql scope) {
        return jdbc.sql("""
                select y.*, p.document_number, p.published_on
                  from (select l.year, count(*) as stations,
                               count(*) filter (where l.grade = 'EXCELLENT') as excellent,
                               count(*) filter (where l.grade = 'QUALIFIED') as qualified,
                               count(*) filter (where l.grade = 'UNQUALIFIED') as unqualified,
                               count(*) filter (where l.version > 1) as corrected
                          from evaluation_result_list l where """ + " " + scope.condition() + """
                         group by l.year) y
                 cross join lateral (select r.document_number, r.published_on from evaluation_result r
                                      where r.year = y.year and r.version = 1
                                      order by r.published_on, r.id limit 1) p
                 order by y.year desc""")
                .params(scope.params())
                .query(ResultList::summary)
                .list();
    }

    /**
     * The same summary as {@link #years} from the maintained counts of grades in force per year and jurisdiction
     * ({@code result_grade_count}, V40), for a scope of the whole city or jurisdictions ({@code totals} on alias
     * {@code g}, {@code list} on alias {@code l}); the corrected results in force are counted from the list through
     * its partial index (V43).
     */
    public List<YearSummary> yearsFromTotals(DataScope.Sql totals, DataScope.Sql list) {
        List<Object> params = new ArrayList<>(totals.params());
        params.addAll(list.params());
        return jdbc.sql("""
                select y.*, coalesce(c.corrected, 0) as corrected, p.document_number, p.published_on
                  from (select g.year, sum(g.n) as stations,
                               coalesce(sum(g.n) filter (where g.grade = 'EXCELLENT'), 0) as excellent,
                               coalesce(sum(g.n) filter (where g.grade = 'QUALIFIED'), 0) as qualified,
                               coalesce(sum(g.n) filter (where g.grade = 'UNQUALIFIED'), 0) as unqualified
                          from result_grade_count g where """ + " " + totals.condition() + """
                         group by g.year having sum(g.n) > 0) y
                  left join (select l.year, count(*) as corrected from evaluation_result_list l
                              where l.version > 1 and """ + " " + list.condition() + """
                              group by l.year) c on c.year = y.year
                 cross join lateral (select r.document_number, r.published_on from evaluation_result r
                                      where r.year = y.year and r.version = 1
                                      order by r.published_on, r.id limit 1) p
                 order by y.year desc""")
                .params(params)
                .query(ResultList::summary)
                .list();
    }

    private static YearSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new YearSummary(rs.getInt("year"), rs.getString("document_number"),
                rs.getDate("published_on").toLocalDate(), rs.getInt("stations"), rs.getInt("excellent"),
                rs.getInt("qualified"), rs.getInt("unqualified"), rs.getInt("corrected"));
    }

    /** Whether {@code year} has a result in force within {@code scope}. */
    public boolean hasYear(int year, DataScope.Sql scope) {
        List<Object> params = new ArrayList<>(List.of(year));
        params.addAll(scope.params());
        return jdbc.sql("select exists (select 1 from evaluation_result_list l where l.year = ? and "
                + scope.condition() + ")").params(params).query(Boolean.class).single();
    }

    private static Where where(DataScope.Sql scope, ResultFilter filter, ListQuery query) {
        return Where.of(scope.condition(), scope.params())
                .andIf(filter.year(), "l.year = ?")
                .andIf(filter.grade() == null ? null : filter.grade().name(), "l.grade = ?")
                .andIf(filter.jurisdiction(), "l.jurisdiction_id = ?")
                .andIf(filter.level() == null ? null : filter.level().name(), "l.level = ?")
                .keyword(query, List.of("l.search_text"), List.of());
    }
}
