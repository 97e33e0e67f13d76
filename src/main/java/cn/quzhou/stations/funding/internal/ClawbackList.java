package cn.quzhou.stations.funding.internal;

import cn.quzhou.stations.funding.ClawbackFilter;
import cn.quzhou.stations.funding.ClawbackState;
import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The clawbacks list as SQL: scope and filters in the WHERE, the keyword on names and the revocation document. */
@Component
public class ClawbackList {

    public static final SortKeys SORTS = SortKeys.of("c.id", "openedOn,desc",
            "openedOn", "c.opened_on", "amount", "c.amount", "outstanding", "(c.amount - c.repaid)",
            "station", "c.station_name", "status", "(c.settled_on is not null)");

    private static final String SELECT = "c.*";
    private static final String FROM = "clawback c";

    public record Row(long id, long stationId, String stationName, long hostUnitId, String hostUnitName,
                      long jurisdictionId, BigDecimal amount, BigDecimal repaid, LocalDate openedOn,
                      String documentNumber, LocalDate settledOn) {
    }

    public static final RowMapper<Row> ROWS = (rs, n) -> {
        Date settled = rs.getDate("settled_on");
        return new Row(rs.getLong("id"), rs.getLong("station_id"), rs.getString("station_name"),
                rs.getLong("host_unit_id"), rs.getString("host_unit_name"), rs.getLong("jurisdiction_id"),
                rs.getBigDecimal("amount"), rs.getBigDecimal("repaid"), rs.getDate("opened_on").toLocalDate(),
                rs.getString("document_number"), settled == null ? null : settled.toLocalDate());
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ClawbackList(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Paged<Row> page(DataScope scope, ClawbackFilter filter, ListQuery query) {
        return SqlList.page(jdbc, SELECT, FROM, where(scope, filter, query), query, SORTS, ROWS);
    }

    public void export(DataScope scope, ClawbackFilter filter, ListQuery query, Consumer<Row> each) {
        SqlList.stream(template, SELECT, FROM, where(scope, filter, query), query, SORTS, ROWS, each);
    }

    private static Where where(DataScope scope, ClawbackFilter filter, ListQuery query) {
        DataScope.Sql within = scope.sql("c.jurisdiction_id", "c.host_unit_id");
        Where where = Where.of(within.condition(), within.params())
                .andIf(filter.jurisdiction(), "c.jurisdiction_id = ?")
                .keyword(query, List.of("c.search_text"), List.of());
        if (filter.status() == ClawbackState.OPEN) {
            where.and("c.settled_on is null");
        } else if (filter.status() == ClawbackState.SETTLED) {
            where.and("c.settled_on is not null");
        }
        if (filter.year() != null) {
            // a date range, not extract(year …): the index on the date serves it (a year beyond the calendar finds none)
            int year = Math.max(1, Math.min(filter.year(), 9998));
            where.and("c.opened_on >= ? and c.opened_on < ?", java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year + 1, 1, 1));
        }
        return where;
    }
}
