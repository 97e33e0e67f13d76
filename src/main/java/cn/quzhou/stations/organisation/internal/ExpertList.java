package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.ExpertRow;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The expert pool's list as SQL: keyword over name, field and organisation. */
@Component
public class ExpertList {

    public static final SortKeys SORTS = SortKeys.of("e.id", "name,asc",
            "name", "e.name", "field", "e.field", "organisation", "e.organisation", "title", "e.title");

    private static final String SELECT = "e.id, e.name, e.title, e.field, e.organisation, e.phone, e.email, e.active";
    private static final String FROM = "expert e";

    private static final RowMapper<ExpertRow> ROWS = (rs, n) -> new ExpertRow(rs.getLong("id"), rs.getString("name"),
            rs.getString("title"), rs.getString("field"), rs.getString("organisation"), rs.getString("phone"),
            rs.getString("email"), rs.getBoolean("active"));

    private final JdbcClient jdbc;

    ExpertList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Paged<ExpertRow> page(ListQuery query) {
        Where where = new Where().keyword(query, List.of("e.search_text"), List.of());
        return SqlList.page(jdbc, SELECT, FROM, where, query, SORTS, ROWS);
    }
}
