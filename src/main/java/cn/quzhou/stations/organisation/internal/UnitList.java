package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.HostUnitRow;
import cn.quzhou.stations.organisation.UnitFilter;
import cn.quzhou.stations.organisation.UnitNature;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The host-unit list as SQL: one statement for the page and one for the total, the data scope and the filters in the
 * WHERE, the keyword on the trigram-indexed {@code search_text} (name and credit code). The jurisdiction is this
 * module's own table, so its name is joined.
 */
@Component
public class UnitList {

    public static final SortKeys SORTS = SortKeys.of("u.id", "name,asc",
            "name", "u.name", "creditCode", "u.credit_code", "jurisdiction", "u.jurisdiction_id", "nature", "u.nature");

    private static final String SELECT = "u.id, u.name, u.credit_code, u.jurisdiction_id, j.name as jurisdiction_name,"
            + " u.nature";
    private static final String FROM = "host_unit u join jurisdiction j on j.id = u.jurisdiction_id";

    private static final RowMapper<HostUnitRow> ROWS = (rs, n) -> new HostUnitRow(rs.getLong("id"), rs.getString("name"),
            rs.getString("credit_code"), rs.getLong("jurisdiction_id"), rs.getString("jurisdiction_name"),
            UnitNature.valueOf(rs.getString("nature")));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    UnitList(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Paged<HostUnitRow> page(DataScope scope, UnitFilter filter, ListQuery query) {
        return SqlList.page(jdbc, SELECT, FROM, where(scope, filter, query), query, SORTS, ROWS);
    }

    public void export(DataScope scope, UnitFilter filter, ListQuery query, Consumer<HostUnitRow> each) {
        SqlList.stream(template, SELECT, FROM, where(scope, filter, query), query, SORTS, ROWS, each);
    }

    private static Where where(DataScope scope, UnitFilter filter, ListQuery query) {
        // the same rule as HostUnits.within: a unit's own id is its "host unit"
        DataScope.Sql within = scope.sql("u.jurisdiction_id", "u.id");
        return Where.of(within.condition(), within.params())
                .andIf(filter.jurisdiction(), "u.jurisdiction_id = ?")
                .andIf(filter.nature() == null ? null : filter.nature().name(), "u.nature = ?")
                .keyword(query, List.of("u.search_text"), List.of());
    }
}
