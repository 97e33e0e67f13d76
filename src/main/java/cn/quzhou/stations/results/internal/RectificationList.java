package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.results.RectificationCounts;
import cn.quzhou.stations.results.RectificationFilter;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rectification tasks as a list: one statement for the page, one for the total, the data scope and the filters
 * in the WHERE, the keyword on the trigram-indexed station and unit names and notice number; the to-do counts as
 * single statements.
 */
@Component
public class RectificationList {

    public static final SortKeys SORTS = SortKeys.of("r.id", "openedOn,desc",
            "openedOn", "r.opened_on", "deadline", "r.deadline", "station", "r.station_name", "year", "r.year",
            "status", "r.status", "jurisdiction", "r.jurisdiction_id");

    private static final String FROM = "rectification r";

    /** A task with the names copied beside it. */
    public record Row(RectificationStore.Row task, String stationName, String hostUnitName) {
    }

    private static final RowMapper<Row> ROWS = (rs, n) -> new Row(RectificationStore.row(rs, n),
            rs.getString("station_name"), rs.getString("host_unit_name"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RectificationList(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Paged<Row> page(DataScope.Sql scope, RectificationFilter filter, ListQuery query, LocalDate today) {
        return SqlList.page(jdbc, "r.*", FROM, where(scope, filter, query, today), query, SORTS, ROWS);
    }

    public void export(DataScope.Sql scope, RectificationFilter filter, ListQuery query, LocalDate today,
                       Consumer<Row> each) {
        SqlList.stream(template, "r.*", FROM, where(scope, filter, query, today), query, SORTS, ROWS, each);
    }

    /**
     * The to-do counts within {@code scope}, one statement: open tasks, submitted reports of city-direct stations and
     * of county stations, overdue tasks (as {@code RectificationView.overdue}).
     */
    public RectificationCounts counts(DataScope.Sql scope, LocalDate today) {
        java.sql.Date day = java.sql.Date.valueOf(today);
        List<Object> params = new java.util.ArrayList<>(List.of(day, day, day));
        params.addAll(scope.params());
        return jdbc.sql("""
                select count(*) filter (where r.status = 'OPEN') as open,
                       count(*) filter (where r.status = 'SUBMITTED' and r.city_direct) as submitted_city,
                       count(*) filter (where r.status = 'SUBMITTED' and not r.city_direct) as submitted_county,
                       count(*) filter (where r.status = 'OPEN' and r.deadline < ?) as overdue,
                       min((r.submitted_at at time zone 'Asia/Shanghai')::date)
                           filter (where r.status = 'SUBMITTED' and r.city_direct) as city_since,
                       min((r.submitted_at at time zone 'Asia/Shanghai')::date)
                           filter (where r.status = 'SUBMITTED' and not r.city_direct) as county_since,
                       min(r.opened_on) filter (where r.status = 'OPEN' and r.deadline < ?) as overdue_since,
                       min(r.deadline) filter (where r.status = 'OPEN' and r.deadline < ?) as overdue_deadline
                  from rectification r
                 where r.status in ('OPEN', 'SUBMITTED') and """ + " " + scope.condition())
                .params(params)
                .query((rs, n) -> new RectificationCounts(rs.getLong("open"), rs.getLong("submitted_city"),
                        rs.getLong("submitted_county"), rs.getLong("overdue"), date(rs, "city_since"),
                        date(rs, "county_since"), date(rs, "overdue_since"), date(rs, "overdue_deadline")))
                .single();
    }

    /**
     * The open tasks within {@code scope} (the host unit's own) as a 待办 line in one statement: each due on its
     * deadline, waiting from its opening or, once a report was returned, from the return.
     */
    public TodoDeadlines.Dated own(DataScope.Sql scope, LocalDate today) {
        List<Object> params = new java.util.ArrayList<>(List.of(java.sql.Date.valueOf(today)));
        params.addAll(scope.params());
        return jdbc.sql("""
                select count(*), min(since), min(deadline), count(*) filter (where deadline < ?)
                  from (select r.deadline, greatest(r.opened_on, (select max((e.at at time zone 'Asia/Shanghai')::date)
                               from rectification_event e where e.rectification_id = r.id and e.kind = 'RETURNED')) as since
                          from rectification r where r.status = 'OPEN' and """ + " " + scope.condition() + ") w")
                .params(params)
                .query((rs, n) -> new TodoDeadlines.Dated(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getLong(4)))
                .single();
    }

    private static Where where(DataScope.Sql scope, RectificationFilter filter, ListQuery query, LocalDate today) {
        Where where = Where.of(scope.condition(), scope.params())
                .andIf(filter.status() == null ? null : filter.status().name(), "r.status = ?")
                .andIf(filter.year(), "r.year = ?")
                .andIf(filter.jurisdiction(), "r.jurisdiction_id = ?")
                .keyword(query, List.of("r.search_text"), List.of());
        if (filter.overdueOnly()) {
            // as RectificationView.overdue: not reported and past its deadline
            where.and("r.status = 'OPEN' and r.deadline < ?", today);
        }
        return where;
    }

    private static java.time.LocalDate date(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
