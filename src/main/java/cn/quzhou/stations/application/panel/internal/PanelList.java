package cn.quzhou.stations.application.panel.internal;

import cn.quzhou.stations.application.panel.PanelFilter;
import cn.quzhou.stations.application.panel.PanelStatus;
import cn.quzhou.stations.application.panel.PanelSummary;
import cn.quzhou.stations.application.panel.SheetStatus;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review panel list as SQL (every panel: panels are the city's own business, no data scope): one statement for the
 * page, one for the total; the batch, member and sheet counts are correlated counts on the panel_id keys, evaluated
 * for the page's rows only — instead of two repository queries per panel.
 */
@Component
public class PanelList {

    public static final SortKeys SORTS = SortKeys.of("p.id", "formedAt,desc",
            "formedAt", "p.formed_at", "name", "p.name", "year", "p.year", "status", "p.status");

    private static final String SELECT = "p.id, p.name, p.year, p.status, p.formed_at,"
            + " (select count(*) from review_panel_application e where e.panel_id = p.id) as applications,"
            + " (select count(*) from review_panel_expert x where x.panel_id = p.id) as experts,"
            + " (select count(*) from review_sheet s where s.panel_id = p.id and s.status = 'SUBMITTED') as submitted,"
            + " (select count(*) from review_sheet s where s.panel_id = p.id and s.status <> 'WITHDRAWN') as assigned";
    private static final String FROM = "review_panel p";

    private static final RowMapper<PanelSummary> ROWS = (rs, n) -> new PanelSummary(rs.getLong("id"),
            rs.getString("name"), rs.getInt("year"), PanelStatus.valueOf(rs.getString("status")),
            rs.getInt("applications"), rs.getInt("experts"), rs.getInt("submitted"), rs.getInt("assigned"),
            rs.getTimestamp("formed_at").toInstant());

    public static final SortKeys SHEET_SORTS = SortKeys.of("s.id", "assigned,asc",
            "assigned", "s.id", "station", "a.station_name", "panel", "p.name", "status", "s.status",
            "savedAt", "s.saved_at");

    private static final String SHEET_SELECT = "s.id, s.panel_id, p.name as panel_name, s.application_id,"
            + " a.station_name, a.unit_name, s.status, s.comment, s.conflict_reason, s.saved_at, s.submitted_at,"
            + " s.version";
    private static final String SHEET_FROM = "review_sheet s join review_panel p on p.id = s.panel_id"
            + " join application a on a.id = s.application_id";

    /** One of an expert's sheets without its scores (read for the whole page at once by {@link #scores}). */
    public record SheetRow(long id, long panelId, String panelName, long applicationId, String stationName,
                           String unitName, SheetStatus status, String comment, String conflictReason,
                           Instant savedAt, Instant submittedAt, int version) {
    }

    private static final RowMapper<SheetRow> SHEET_ROWS = (rs, n) -> new SheetRow(rs.getLong("id"),
            rs.getLong("panel_id"), rs.getString("panel_name"), rs.getLong("application_id"),
            rs.getString("station_name"), rs.getString("unit_name"), SheetStatus.valueOf(rs.getString("status")),
            rs.getString("comment"), rs.getString("conflict_reason"), instant(rs.getTimestamp("saved_at")),
            instant(rs.getTimestamp("submitted_at")), rs.getInt("version"));

    private final JdbcClient jdbc;

    PanelList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Paged<PanelSummary> page(PanelFilter filter, ListQuery query) {
        Where where = Where.of("true", List.of())
                .andIf(filter.status() == null ? null : filter.status().name(), "p.status = ?")
                .andIf(filter.year(), "p.year = ?")
                .keyword(query, List.of("p.name"), List.of());
        return SqlList.page(jdbc, SELECT, FROM, where, query, SORTS, ROWS);
    }

    /**
     * One page of an expert's live sheets (withdrawn ones are gone), by status if asked, the keyword on the station's
     * or the panel's name: one page query, one count — instead of a panel and an application lookup per sheet.
     */
    public Paged<SheetRow> sheets(long expertId, SheetStatus status, ListQuery query) {
        Where where = Where.of("s.expert_id = ? and s.status <> 'WITHDRAWN'", List.of(expertId))
                .andIf(status == null || status == SheetStatus.WITHDRAWN ? null : status.name(), "s.status = ?")
                .keyword(query, List.of("a.station_name", "p.name"), List.of());
        return SqlList.page(jdbc, SHEET_SELECT, SHEET_FROM, where, query, SHEET_SORTS, SHEET_ROWS);
    }

    /** The scores of the given sheets by criterion code: one statement for a whole page. */
    public Map<Long, Map<String, BigDecimal>> scores(Collection<Long> sheetIds) {
        Map<Long, Map<String, BigDecimal>> scores = new HashMap<>();
        if (sheetIds.isEmpty()) {
            return scores;
        }
        jdbc.sql("select sheet_id, criterion_code, points from review_sheet_score where sheet_id in ("
                        + String.join(", ", sheetIds.stream().map(id -> "?").toList()) + ")")
                .params(List.copyOf(sheetIds))
                .query((rs, n) -> {
                    scores.computeIfAbsent(rs.getLong("sheet_id"), k -> new TreeMap<>())
                            .put(rs.getString("criterion_code"), rs.getBigDecimal("points"));
                    return null;
                }).list();
        return scores;
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
