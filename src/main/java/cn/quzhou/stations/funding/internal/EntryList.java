package cn.quzhou.stations.funding.internal;

import cn.quzhou.stations.funding.EntryFilter;
import cn.quzhou.stations.funding.EntryView;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One station's ledger entries, which grow without bound: paged by keyset (after the id of the last row shown),
 * newest first, each with its stored balance after — no page reads the entries before it. The export streams them.
 */
@Component
public class EntryList {

    /** "recorded" is the order entries were recorded in (their ids), the order their balances after follow. */
    public static final SortKeys SORTS = SortKeys.of("e.id", "recorded,desc",
            "recorded", "e.id", "entryDate", "e.entry_date", "amount", "e.amount");

    static final String SELECT = "e.*, c.name_zh, c.name_en, r.id as reversed_by";
    static final String FROM = "ledger_entry e left join expense_category c on c.code = e.category_code"
            + " left join ledger_entry r on r.reverses_id = e.id";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    EntryList(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Paged<EntryView> page(long stationId, EntryFilter filter, ListQuery query, Locale locale) {
        return SqlList.keyset(jdbc, SELECT, FROM, where(stationId, filter, query), query, SORTS,
                rows(locale), EntryView::id);
    }

    public void export(long stationId, EntryFilter filter, ListQuery query, Locale locale, Consumer<EntryView> each) {
        SqlList.stream(template, SELECT, FROM, where(stationId, filter, query), query, SORTS, rows(locale), each);
    }

    private static RowMapper<EntryView> rows(Locale locale) {
        return (rs, n) -> LedgerStore.entry(rs, locale);
    }

    private static Where where(long stationId, EntryFilter filter, ListQuery query) {
        Where where = Where.of("e.station_id = ?", List.of(stationId))
                .andIf(filter.kind() == null ? null : filter.kind().name(), "e.kind = ?")
                .keyword(query, List.of("e.payee", "e.purpose", "e.project", "e.reason"), List.of());
        if (filter.year() != null) {
            // a date range, not extract(year …): the index on the date serves it (a year beyond the calendar finds none)
            int year = Math.max(1, Math.min(filter.year(), 9998));
            where.and("e.entry_date >= ? and e.entry_date < ?", java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year + 1, 1, 1));
        }
        return where;
    }
}
