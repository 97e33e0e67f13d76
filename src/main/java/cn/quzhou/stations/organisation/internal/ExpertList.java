package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.ExpertRow;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.PersonalDataCipher;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final RowMapper<ExpertRow> rows;

    ExpertList(JdbcClient jdbc, JdbcTemplate template, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.template = template;
        // phone and e-mail are stored sealed: opened here, masked by whoever shows them
        this.rows = (rs, n) -> new ExpertRow(rs.getLong("id"), rs.getString("name"), rs.getString("title"),
                rs.getString("field"), rs.getString("organisation"), cipher.open(rs.getString("phone")),
                cipher.open(rs.getString("email")), rs.getBoolean("active"));
    }

    public Paged<ExpertRow> page(ListQuery query) {
        return SqlList.page(jdbc, SELECT, FROM, where(query), query, SORTS, rows);
    }

    /** Every row the same list would show, in its order, handed to {@code each} as read (the Excel export). */
    public void export(ListQuery query, Consumer<ExpertRow> each) {
        SqlList.stream(template, SELECT, FROM, where(query), query, SORTS, rows, each);
    }

    private static Where where(ListQuery query) {
        return new Where().keyword(query, List.of("e.search_text"), List.of());
    }
}
