package cn.quzhou.stations.station.internal;

import cn.quzhou.stations.shared.DatedPolicy;
import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import cn.quzhou.stations.station.ReportFilter;
import cn.quzhou.stations.station.ReportKind;
import cn.quzhou.stations.station.ReportStatus;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plans-and-summaries overview of a year as SQL: one line per station active today and kind (plan, summary),
 * with its filing and the year's due date joined in, the data scope and every filter in the WHERE — one statement
 * for the page and one for the total, instead of a query per station and kind.
 */
@Component
public class AnnualReportList {

    /** The due date of the line's kind in the year (null while the city CAST has set none). */
    private static final String DUE = "(case k.kind when 'PLAN' then d.plan_due_on else d.summary_due_on end)";

    public static final SortKeys SORTS = SortKeys.of("(s.id * 2 + k.ord)", "station,asc",
            "station", "s.name", "kind", "k.ord", "dueOn", DUE, "submittedAt", "r.submitted_at");

    private static final String SELECT = "s.id, s.name, k.kind, " + DUE + " as due_on, r.submitted_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AnnualReportList(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Paged<ReportStatus> page(DataScope scope, int year, ReportFilter filter, ListQuery query, LocalDate today) {
        return SqlList.page(jdbc, SELECT, from(year), where(scope, year, filter, query, today), query, SORTS, rows(today));
    }

    public void export(DataScope scope, int year, ReportFilter filter, ListQuery query, LocalDate today,
                       Consumer<ReportStatus> each) {
        SqlList.stream(template, SELECT, from(year), where(scope, year, filter, query, today), query, SORTS, rows(today),
                each);
    }

    // the year is an int, written into the joins (the WHERE's parameters follow the FROM, which has none)
    private static String from(int year) {
        return "station s cross join (values ('PLAN', 0), ('SUMMARY', 1)) k(kind, ord)"
                + " left join station_annual_report r on r.station_id = s.id and r.year = " + year
                + " and r.kind = k.kind left join annual_report_due d on d.year = " + year;
    }

    private static Where where(DataScope scope, int year, ReportFilter filter, ListQuery query, LocalDate today) {
        DataScope.Sql within = scope.sql("s.jurisdiction_id", "s.host_unit_id");
        // active today, as the registry derives it: stored ACTIVE and the agreement not ended
        Where where = Where.of(within.condition(), within.params())
                .and("s.status = 'ACTIVE' and s.agreement_ends_on >= ?", today)
                // a plan for the years it exists in, a summary of the year before only if it existed then
                .and("(k.kind = 'PLAN' and s.recognised_on <= ?) or (k.kind = 'SUMMARY' and s.recognised_on < ?)",
                        DatedPolicy.governingDay(year), LocalDate.of(year, 1, 1))
                .andIf(filter.kind() == null ? null : filter.kind().name(), "k.kind = ?")
                .keyword(query, List.of("s.search_text"), List.of());
        if (filter.state() == ReportFilter.State.SUBMITTED) {
            where.and("r.id is not null");
        } else if (filter.state() == ReportFilter.State.OVERDUE) {
            where.and("r.id is null and " + DUE + " < ?", today);
        } else if (filter.state() == ReportFilter.State.PENDING) {
            where.and("r.id is null and (" + DUE + " is null or " + DUE + " >= ?)", today);
        }
        return where;
    }

    private static RowMapper<ReportStatus> rows(LocalDate today) {
        return (rs, n) -> {
            LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
            Timestamp submitted = rs.getTimestamp("submitted_at");
            return new ReportStatus(rs.getLong("id"), rs.getString("name"), ReportKind.valueOf(rs.getString("kind")),
                    dueOn, submitted == null ? null : submitted.toInstant(),
                    submitted == null && dueOn != null && today.isAfter(dueOn));
        };
    }
}
