package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.SocietyView;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Masks;
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

/**
 * The society list as SQL (a society is not scoped data): keyword over name, branch and contact; level filter. The
 * phone comes out masked.
 */
@Component
public class SocietyList {

    public static final SortKeys SORTS = SortKeys.of("s.id", "level,asc",
            "level", "s.level", "name", "s.name", "branch", "s.branch", "contact", "s.contact");

    private static final String SELECT = "s.id, s.name, s.level, s.branch, s.contact, s.phone, s.version";
    private static final String FROM = "society s";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final RowMapper<SocietyView> rows;

    SocietyList(JdbcClient jdbc, JdbcTemplate template, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.template = template;
        // the phone is stored sealed; every reader of the list (pages, API, any role with society:read) sees it
        // masked, the full value only through the audited reveal
        this.rows = (rs, n) -> new SocietyView(rs.getLong("id"), rs.getString("name"),
                SocietyLevel.valueOf(rs.getString("level")), rs.getString("branch"), rs.getString("contact"),
                Masks.mask(cipher.open(rs.getString("phone"))), rs.getInt("version"));
    }

    public Paged<SocietyView> page(SocietyLevel level, ListQuery query) {
        return SqlList.page(jdbc, SELECT, FROM, where(level, query), query, SORTS, rows);
    }

    public void export(SocietyLevel level, ListQuery query, Consumer<SocietyView> each) {
        SqlList.stream(template, SELECT, FROM, where(level, query), query, SORTS, rows, each);
    }

    private static Where where(SocietyLevel level, ListQuery query) {
        return new Where().andIf(level == null ? null : level.name(), "s.level = ?")
                .keyword(query, List.of("s.search_text"), List.of());
    }
}
