package cn.quzhou.stations.funding;

import cn.quzhou.stations.shared.DatedPolicy;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.documents.FileStore;
import cn.quzhou.stations.documents.StoredFile;
import cn.quzhou.stations.funding.internal.EntryList;
import cn.quzhou.stations.funding.internal.LedgerList;
import cn.quzhou.stations.funding.internal.LedgerStore;
import cn.quzhou.stations.funding.internal.Payers;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funds ledger (Art. 8-10, 专款专用、单列核算): the host unit records each expense against the grants received;
 * the balance never goes below zero; entries are never edited or deleted — a correction is a reversing entry.
 * Staff inspect every ledger in their scope.
 */
@Service
@Transactional(readOnly = true)
public class FundsLedgers {

    private final LedgerStore store;
    private final LedgerList ledgerList;
    private final EntryList entryList;
    private final Stations stations;
    private final Payers payers;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;

    FundsLedgers(LedgerStore store, LedgerList ledgerList, EntryList entryList, Stations stations, Payers payers,
                 FileStore files, AuditLog audit, Clock clock) {
        this.ledgerList = ledgerList;
        this.entryList = entryList;
        this.store = store;
        this.stations = stations;
        this.payers = payers;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the ledgers in the signed-in user's scope (balances, no entries), searched, filtered, sorted. */
    @PreAuthorize("hasAuthority('funding:read')")
    public Paged<LedgerView> page(ListRequest request, LedgerFilter filter) {
        Map<Long, String> jurisdictions = payers.names();
        return ledgerList.page(PlatformUser.current().scope(), filter, request.resolve(LedgerList.SORTS))
                .map(l -> view(l, jurisdictions));
    }

    /** Every ledger the same list would show, in its order, handed to {@code each} as read (the Excel export). */
    @PreAuthorize("hasAuthority('funding:read')")
    public void export(ListRequest request, LedgerFilter filter, Consumer<LedgerView> each) {
        Map<Long, String> jurisdictions = payers.names();
        ledgerList.export(PlatformUser.current().scope(), filter, request.resolve(LedgerList.SORTS).everything(),
                l -> each.accept(view(l, jurisdictions)));
    }

    /** A ledger's summary: received, spent and balance (sums over its years, never over its entries). */
    @PreAuthorize("hasAuthority('funding:read')")
    public LedgerView get(long stationId) {
        LedgerStore.Ledger l = visible(stationId);
        BigDecimal[] totals = store.totals(stationId);
        StationView station = stations.get(stationId);
        return new LedgerView(stationId, station.name(), l.hostUnitId(), station.hostUnitName(),
                station.jurisdictionName(), l.level(), totals[0], totals[1], l.balance(), l.closed());
    }

    /**
     * One page of a ledger's entries, newest first by default, each with its balance after: keyset paging (the
     * request's {@code after} is the id of the last entry of the previous page), as entries grow without bound.
     */
    @PreAuthorize("hasAuthority('funding:read')")
    public Paged<EntryView> entries(long stationId, ListRequest request, EntryFilter filter) {
        visible(stationId);
        return entryList.page(stationId, filter, request.resolve(EntryList.SORTS), LocaleContextHolder.getLocale());
    }

    /** Every entry of the ledger the same list would show, streamed in its order (the Excel export). */
    @PreAuthorize("hasAuthority('funding:read')")
    public void exportEntries(long stationId, ListRequest request, EntryFilter filter, Consumer<EntryView> each) {
        visible(stationId);
        entryList.export(stationId, filter, request.resolve(EntryList.SORTS).everything(),
                LocaleContextHolder.getLocale(), each);
    }

    /** Art. 9's categories, as data rows. */
    @PreAuthorize("hasAuthority('funding:read')")
    public List<CategoryView> categories() {
        return store.categories();
    }

    /**
     * Records an expense of the signed-in unit's own station. Refused at the field: a date in the future or before the
     * first grant was received, a category
     * outside Art. 9 (or not a leaf), a project cooperation expense without its project, an amount beyond the balance.
     * The ledger row is locked while the balance is checked, so two expenses at once cannot both spend the last yuan
     * (and the balance's check constraint stops it regardless).
     */
    @Transactional
    @PreAuthorize("hasAuthority('funding:ledger')")
    public EntryView recordExpense(long stationId, ExpenseCommand c, String voucherName, InputStream voucher) {
        own(stationId);
        CategoryView category = store.categories().stream().filter(k -> k.code().equals(c.category()) && k.leaf())
                .findFirst().orElseThrow(() -> new BusinessRuleException("category", "funding.error.category"));
        if (c.entryDate().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("entryDate", "funding.error.future");
        }
        if (category.needsProject() && (c.project() == null || c.project().isBlank())) {
            throw new BusinessRuleException("project", "funding.error.projectRequired");
        }
        LedgerStore.Ledger ledger = store.lock(stationId).orElseThrow();
        if (ledger.closed()) {
            throw new BusinessRuleException(null, "funding.error.ledgerClosed");
        }
        // money spent before any arrived would make an earlier period's usage report show a negative balance
        LocalDate firstReceipt = store.firstReceipt(stationId).orElse(null);
        if (firstReceipt != null && c.entryDate().isBefore(firstReceipt)) {
            throw new BusinessRuleException("entryDate", "funding.error.beforeFirstReceipt", firstReceipt.toString());
        }
        if (c.amount().compareTo(ledger.balance()) > 0) {
            throw new BusinessRuleException("amount", "funding.error.overBalance", ledger.balance().toPlainString());
        }
        StoredFile file = voucher == null ? null : files.store(voucherName, voucher, FileStore.ANY);
        long id;
        try {
            id = store.add(stationId, new LedgerStore.NewEntry(EntryKind.EXPENSE, c.entryDate(), c.amount(),
                    category.code(), c.payee().strip(), c.purpose().strip(), blankToNull(c.project()),
                    file == null ? null : file.id(), file == null ? null : file.name(), null, null, null,
                    PlatformUser.current().getUsername(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException("amount", "funding.error.overBalance", ledger.balance().toPlainString());
        }
        audit.record(AuditRecord.success("ledger.expense", "funds_ledger", stationId,
                "#" + id + " " + c.amount().toPlainString() + " " + category.code()));
        return store.entry(stationId, id).orElseThrow();
    }

    /** Reverses an expense in full: a new entry referencing it; both stay. An expense is reversed at most once. */
    @Transactional
    @PreAuthorize("hasAuthority('funding:ledger')")
    public EntryView reverse(long stationId, long entryId, ReversalCommand c) {
        own(stationId);
        LedgerStore.Ledger ledger = store.lock(stationId).orElseThrow();
        EntryView original = store.entry(stationId, entryId).orElseThrow(() -> new NotFoundException("entry", entryId));
        if (ledger.closed()) {
            throw new BusinessRuleException(null, "funding.error.ledgerClosed");
        }
        if (!original.reversible()) {
            throw ConflictException.of("funding.error.notReversible");
        }
        long id = store.add(stationId, new LedgerStore.NewEntry(EntryKind.REVERSAL, LocalDate.now(clock),
                original.amount(), null, null, null, null, null, null, null, entryId, c.reason().strip(),
                PlatformUser.current().getUsername(), clock.instant()));
        audit.record(AuditRecord.success("ledger.reverse", "funds_ledger", stationId, "#" + id + " reverses #" + entryId));
        return store.entry(stationId, id).orElseThrow();
    }

    /** The yearly funds-usage report of a station, for whoever may see its ledger. */
    @PreAuthorize("hasAuthority('funding:read')")
    public UsageReport usage(long stationId, int year) {
        visible(stationId);
        StationView station = stations.get(stationId);
        java.sql.Date end = java.sql.Date.valueOf(DatedPolicy.governingDay(year));
        Map<String, BigDecimal[]> spent = new java.util.HashMap<>();
        store.jdbc().sql("""
                select coalesce(e.category_code, o.category_code) as category,
                       sum(case when extract(year from e.entry_date) = ? then case e.kind when 'EXPENSE' then e.amount
                                else -e.amount end else 0 end) as in_year,
                       sum(case e.kind when 'EXPENSE' then e.amount else -e.amount end) as to_date
                  from ledger_entry e left join ledger_entry o on o.id = e.reverses_id
                 where e.station_id = ? and e.kind in ('EXPENSE', 'REVERSAL') and e.entry_date <= ?
                 group by 1""")
                .params(year, stationId, end)
                .query((rs, n) -> spent.put(rs.getString("category"),
                        new BigDecimal[] {rs.getBigDecimal("in_year"), rs.getBigDecimal("to_date")}))
                .list();
        BigDecimal[] received = store.jdbc().sql("""
                select coalesce(sum(case when extract(year from entry_date) = ? then amount else 0 end), 0),
                       coalesce(sum(amount), 0)
                  from ledger_entry where station_id = ? and kind = 'RECEIPT' and entry_date <= ?""")
                .params(year, stationId, end)
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single();
        Locale locale = LocaleContextHolder.getLocale();
        List<UsageReport.Line> lines = new java.util.ArrayList<>();
        for (CategoryView c : store.categories()) {
            BigDecimal[] own = spent.getOrDefault(c.code(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            BigDecimal inYear = own[0];
            BigDecimal toDate = own[1];
            for (CategoryView sub : store.categories()) {
                if (c.code().equals(sub.parentCode()) && spent.containsKey(sub.code())) {
                    inYear = inYear.add(spent.get(sub.code())[0]);
                    toDate = toDate.add(spent.get(sub.code())[1]);
                }
            }
            lines.add(new UsageReport.Line(c.code(), c.name(locale), c.parentCode() != null, inYear, toDate));
        }
        BigDecimal spentInYear = spent.values().stream().map(v -> v[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spentToDate = spent.values().stream().map(v -> v[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new UsageReport(stationId, station.name(), station.hostUnitName(), station.jurisdictionName(), year,
                received[0], received[1], spentInYear, spentToDate, lines);
    }

    /** An expense's voucher, for whoever may see the ledger. */
    @PreAuthorize("hasAuthority('funding:read')")
    public Voucher voucher(long stationId, long entryId) {
        visible(stationId);
        UUID id = store.voucherOf(stationId, entryId).orElseThrow(() -> new NotFoundException("voucher", entryId));
        return new Voucher(files.describe(id), files.open(id));
    }

    /** A stored voucher and its open content, streamed and closed by the caller. */
    public record Voucher(StoredFile file, InputStream content) {
    }

    LedgerStore.Ledger visible(long stationId) {
        LedgerStore.Ledger l = store.find(stationId).orElseThrow(() -> new NotFoundException("ledger", stationId));
        if (!PlatformUser.current().scope().covers(l.jurisdictionId(), l.hostUnitId())) {
            throw new NotFoundException("ledger", stationId);
        }
        return l;
    }

    private void own(long stationId) {
        LedgerStore.Ledger l = store.find(stationId).orElseThrow(() -> new NotFoundException("ledger", stationId));
        Long unit = PlatformUser.current().hostUnitId();
        if (unit == null || unit != l.hostUnitId()) {
            throw new NotFoundException("ledger", stationId);
        }
    }

    private static LedgerView view(LedgerList.Row l, Map<Long, String> jurisdictions) {
        return new LedgerView(l.stationId(), l.stationName(), l.hostUnitId(), l.hostUnitName(),
                jurisdictions.get(l.jurisdictionId()), l.level(), null, null, l.balance(), l.closed());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
