package cn.quzhou.stations.funding.internal;

import cn.quzhou.stations.funding.LedgerFilter;
import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ledgers list as SQL: one row per station's ledger (its stored balance), scope and filters in the WHERE. */
@Component
public class LedgerList {

    public static final SortKeys SORTS = SortKeys.of("l.station_id", "station,asc",
            "station", "l.station_name", "hostUnit", "l.host_unit_name", "jurisdiction", "l.jurisdiction_id",
            "balance", "l.balance");

    private static final String SELECT = "l.station_id, l.station_name, l.host_unit_id, l.host_unit_name,"
            + " l.jurisdiction_id, l.level, l.balance, l.closed";
    private static final String FROM = "funds_ledger l";

    public record Row(long stationId, String stationName, long hostUnitId, String hostUnitName, long jurisdictionId,
                      SocietyLevel level, BigDecimal balance, boolean closed) {
    }

    private static final RowMapper<Row> ROWS = (rs, n) -> new Row(rs.getLong("station_id"), rs.getString("station_name"),
            rs.getLong("host_unit_id"), rs.getString("host_unit_name"), rs.getLong("jurisdiction_id"),
            SocietyLevel.valueOf(rs.getString("level")), rs.getBigDecimal("balance"), rs.getBoolean("closed"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LedgerList(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Paged<Row> page(DataScope scope, LedgerFilter filter, ListQuery query) {
        return SqlList.page(jdbc, SELECT, FROM, where(scope, filter, query), query, SORTS, ROWS);
    }

    public void export(DataScope scope, LedgerFilter filter, ListQuery query, Consumer<Row> each) {
        SqlList.stream(template, SELECT, FROM, where(scope, filter, query), query, SORTS, ROWS, each);
    }

    private static Where where(DataScope scope, LedgerFilter filter, ListQuery query) {
        DataScope.Sql within = scope.sql("l.jurisdiction_id", "l.host_unit_id");
        return Where.of(within.condition(), within.params())
                .andIf(filter.jurisdiction(), "l.jurisdiction_id = ?")
                .andIf(filter.level() == null ? null : filter.level().name(), "l.level = ?")
                .keyword(query, List.of("l.search_text"), List.of());
    }
}
