package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.results.ProposalFilter;
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
 * The revocation proposals as a list (the city CAST's, no data scope: the city sees every station): one statement for
 * the page, one for the total, the keyword on the trigram-indexed station and unit names and document number.
 */
@Component
public class ProposalList {

    /** {@code status} puts the open ones first (then the decided, then the withdrawn by the same order). */
    public static final SortKeys SORTS = SortKeys.of("p.id", "openedAt,desc",
            "openedAt", "p.opened_at", "station", "p.station_name", "status", "p.open_first",
            "basisYear", "p.basis_year", "cause", "p.cause");

    private static final String FROM = "revocation_proposal p";

    /** A proposal with the names copied beside it. */
    public record Row(ProposalStore.Row proposal, String stationName, String hostUnitName, long jurisdictionId) {
    }

    private static final RowMapper<Row> ROWS = (rs, n) -> new Row(ProposalStore.row(rs, n),
            rs.getString("station_name"), rs.getString("host_unit_name"), rs.getLong("jurisdiction_id"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ProposalList(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Paged<Row> page(ProposalFilter filter, ListQuery query) {
        return SqlList.page(jdbc, "p.*", FROM, where(filter, query), query, SORTS, ROWS);
    }

    public void export(ProposalFilter filter, ListQuery query, Consumer<Row> each) {
        SqlList.stream(template, "p.*", FROM, where(filter, query), query, SORTS, ROWS, each);
    }

    private static Where where(ProposalFilter filter, ListQuery query) {
        return Where.of("true", List.of())
                .andIf(filter.status() == null ? null : filter.status().name(), "p.status = ?")
                .andIf(filter.cause() == null ? null : filter.cause().name(), "p.cause = ?")
                .keyword(query, List.of("p.search_text"), List.of());
    }
}
