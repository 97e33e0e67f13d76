package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.SocietyView;
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

/** The society list as SQL (a society is not scoped data): keyword over name, branch and contact; level filter. */
@Component
public class SocietyList {

    public static final SortKeys SORTS = SortKeys.of("s.id", "level,asc",
            "level", "s.level", "name", "s.name", "branch", "s.branch", "contact", "s.contact");

    private static final String SELECT = "s.id, s.name, s.level, s.branch, s.contact, s.phone, s.version";
    private static final String FROM = "society s";

    private static final RowMapper<SocietyView> ROWS = (rs, n) -> new SocietyView(rs.getLong("id"), rs.getString("name"),
            SocietyLevel.valueOf(rs.getString("level")), rs.getString("branch"), rs.getString("contact"),
            rs.getString("phone"), rs.getInt("version"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SocietyList(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Paged<SocietyView> page(SocietyLevel level, ListQuery query) {
        return SqlList.page(jdbc, SELECT, FROM, where(level, query), query, SORTS, ROWS);
    }

    public void export(SocietyLevel level, ListQuery query, Consumer<SocietyView> each) {
        SqlList.stream(template, SELECT, FROM, where(level, query), query, SORTS, ROWS, each);
    }

    private static Where where(SocietyLevel level, ListQuery query) {
        return new Where().andIf(level == null ? null : level.name(), "s.level = ?")
                .keyword(query, List.of("s.search_text"), List.of());
    }
}
