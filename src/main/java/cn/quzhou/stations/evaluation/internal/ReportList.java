package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.evaluation.ReportFilter;
import cn.quzhou.stations.evaluation.ReportLine;
import cn.quzhou.stations.evaluation.SelfReportStatus;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The self-reports waiting for a user's step as a list: one statement for the page and one for the total over the
 * open rounds' years, the statuses the user acts on and the data scope, all in the WHERE.
 */
@Component
public class ReportList {

    public static final SortKeys SORTS = SortKeys.of("r.id", "station,asc",
            "station", "r.station_name", "year", "r.year", "status", "r.status", "submittedAt", "r.submitted_at",
            "jurisdiction", "r.jurisdiction_id");

    private static final String SELECT = "r.id, r.year, r.station_id, r.station_name, r.host_unit_id, r.jurisdiction_id,"
            + " r.level, r.city_direct, r.station_year, r.status, r.submitted_at, r.version, r.resubmit_by";

    private static final RowMapper<ReportLine> ROWS = (rs, n) -> {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Date resubmit = rs.getDate("resubmit_by");
        return new ReportLine(rs.getLong("id"), rs.getInt("year"), rs.getLong("station_id"),
                rs.getString("station_name"), rs.getLong("host_unit_id"), rs.getLong("jurisdiction_id"),
                SocietyLevel.valueOf(rs.getString("level")), rs.getBoolean("city_direct"), rs.getInt("station_year"),
                SelfReportStatus.valueOf(rs.getString("status")), submitted == null ? null : submitted.toInstant(),
                rs.getInt("version"), resubmit == null ? null : resubmit.toLocalDate());
    };

    private final JdbcClient jdbc;

    ReportList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of a year's reports within {@code scope} (a round's participants), searched and filtered. */
    public Paged<ReportLine> ofYear(DataScope.Sql scope, int year, ReportFilter filter, ListQuery query) {
        Where where = Where.of(scope.condition(), scope.params())
                .and("r.year = ?", year)
                .andIf(filter.status() == null ? null : filter.status().name(), "r.status = ?")
                .andIf(filter.jurisdiction(), "r.jurisdiction_id = ?")
                .keyword(query, List.of("r.station_name"), List.of());
        return SqlList.page(jdbc, SELECT, "evaluation_report r", where, query, SORTS, ROWS);
    }

    /** {@code years} and {@code statuses} are not empty (an empty worklist is answered without a query). */
    public Paged<ReportLine> page(DataScope.Sql scope, Collection<Integer> years, Collection<SelfReportStatus> statuses,
                                  ReportFilter filter, ListQuery query) {
        Where where = Where.of(scope.condition(), scope.params())
                .and("r.year = any (?)", (Object) years.toArray(Integer[]::new))
                .and("r.status = any (?)", (Object) statuses.stream().map(Enum::name).toArray(String[]::new))
                .andIf(filter.year(), "r.year = ?")
                .andIf(filter.status() == null ? null : filter.status().name(), "r.status = ?")
                .andIf(filter.jurisdiction(), "r.jurisdiction_id = ?")
                .keyword(query, List.of("r.station_name"), List.of());
        return SqlList.page(jdbc, SELECT, "evaluation_report r", where, query, SORTS, ROWS);
    }

    /**
     * The worklist as a 待办 line in one statement: how many, the day the oldest reached its step (its last opinion box,
     * the hand-over that put it there) and how many reached it before {@code overdueBefore}.
     */
    public TodoDeadlines.Waiting waiting(DataScope.Sql scope, Collection<Integer> years,
                                         Collection<SelfReportStatus> statuses, LocalDate overdueBefore) {
        List<Object> params = new ArrayList<>();
        params.add(overdueBefore);
        params.addAll(scope.params());
        params.add(years.toArray(Integer[]::new));
        params.add(statuses.stream().map(Enum::name).toArray(String[]::new));
        return jdbc.sql("select count(*), min(since), count(*) filter (where since < ?) from (select (coalesce("
                        + "(select max(rr.decided_at) from evaluation_report_record rr where rr.report_id = r.id),"
                        + " r.submitted_at) at time zone 'Asia/Shanghai')::date as since from evaluation_report r"
                        + " where (" + scope.condition() + ") and r.year = any (?) and r.status = any (?)) w")
                .params(params)
                .query((rs, n) -> new TodoDeadlines.Waiting(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getLong(3)))
                .single();
    }

    /**
     * A host unit's own reports to finish (drafts and returns of the open rounds) as a 待办 line in one statement: each
     * due on its round's report deadline, a returned one on its resubmission deadline (the round's when it has none);
     * a draft waits from the round's opening, a returned one from its return. What the deadline sweep moves to
     * NOT_SUBMITTED on {@code today} (a draft past the round's deadline, a return past its own) is no to-do any more,
     * whether or not the sweep has run: the read changes nothing.
     */
    public TodoDeadlines.Dated own(DataScope.Sql scope, LocalDate today) {
        List<Object> params = new ArrayList<>(List.of(today));
        params.addAll(scope.params());
        params.addAll(List.of(today, today));
        return jdbc.sql("select count(*), min(since), min(due), count(*) filter (where due < ?) from (select"
                        + " case when r.status = 'RETURNED' then coalesce(r.resubmit_by, o.report_deadline)"
                        + " else o.report_deadline end as due,"
                        + " (coalesce(case when r.status = 'RETURNED' then (select max(rr.decided_at)"
                        + " from evaluation_report_record rr where rr.report_id = r.id) end, o.opened_at)"
                        + " at time zone 'Asia/Shanghai')::date as since"
                        + " from evaluation_report r join evaluation_round o on o.year = r.year"
                        + " where (" + scope.condition() + ") and o.status = 'OPEN'"
                        + " and (r.status = 'DRAFT' and o.report_deadline >= ?"
                        + " or r.status = 'RETURNED' and (r.resubmit_by is null or r.resubmit_by >= ?))) w")
                .params(params)
                .query((rs, n) -> new TodoDeadlines.Dated(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getLong(4)))
                .single();
    }
}
