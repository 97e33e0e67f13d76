package cn.quzhou.stations.station.internal;

import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import cn.quzhou.stations.station.EvidenceFilter;
import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.station.EvidenceView;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A station's evidence as a keyset list: it grows without bound (every event of every year), so a page is read after
 * the last row of the previous one, never by OFFSET; newest first by default. The total is counted up to
 * {@link SqlList#COUNT_CAP}. Withdrawn evidence stays out, as everywhere.
 */
@Component
public class EvidenceList {

    public static final SortKeys SORTS = SortKeys.of("e.id", "occurredOn,desc",
            "occurredOn", "e.occurred_on", "recordedAt", "e.recorded_at", "kind", "e.kind");

    private static final String FROM = "station_evidence e";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    EvidenceList(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** {@code itemKinds}: the kinds of the filter's item under the year's measures, null when no item is asked. */
    public Paged<EvidenceView> page(long stationId, EvidenceFilter filter, List<EvidenceKind> itemKinds,
                                    ListQuery query) {
        return SqlList.keyset(jdbc, "e.*", FROM, where(stationId, filter, itemKinds, query), query, SORTS,
                EvidenceStore.ROWS, EvidenceView::id);
    }

    public void export(long stationId, EvidenceFilter filter, List<EvidenceKind> itemKinds, ListQuery query,
                       Consumer<EvidenceView> each) {
        SqlList.stream(template, "e.*", FROM, where(stationId, filter, itemKinds, query), query, SORTS,
                EvidenceStore.ROWS, each);
    }

    private static Where where(long stationId, EvidenceFilter filter, List<EvidenceKind> kinds, ListQuery query) {
        Where where = Where.of("e.station_id = ? and e.withdrawn_at is null", List.of(stationId))
                .andIf(filter.year(), "e.year = ?")
                .andIf(filter.kind() == null ? null : filter.kind().name(), "e.kind = ?")
                .keyword(query, List.of("e.description", "e.file_name"), List.of());
        if (kinds != null) {
            where.and("e.kind in (" + String.join(", ", kinds.stream().map(k -> "?").toList()) + ")",
                    kinds.stream().<Object>map(EvidenceKind::name).toList());
        }
        return where;
    }
}
