package cn.quzhou.stations.funding.internal;

import cn.quzhou.stations.funding.CategoryView;
import cn.quzhou.stations.funding.EntryKind;
import cn.quzhou.stations.funding.EntryView;
import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rows of {@code funds_ledger} and {@code ledger_entry} (append-only); no access control here. */
@Component
public class LedgerStore {

    private final JdbcClient jdbc;

    private final cn.quzhou.stations.shared.RecordSeals seals;

    LedgerStore(JdbcClient jdbc, cn.quzhou.stations.shared.RecordSeals seals) {
        this.seals = seals;
        this.jdbc = jdbc;
    }

    public record Ledger(long stationId, long hostUnitId, long jurisdictionId, SocietyLevel level, BigDecimal balance,
                         boolean closed) {
    }

    /** A new entry; {@code signed} is its effect on the balance. */
    public record NewEntry(EntryKind kind, LocalDate date, BigDecimal amount, String category, String payee,
                           String purpose, String project, UUID voucherId, String voucherName, Long paymentId,
                           Long reversesId, String reason, String recordedBy, Instant recordedAt) {
    }

    /** For the report queries of the ledger facade. */
    public JdbcClient jdbc() {
        return jdbc;
    }

    /** Opens the station's ledger unless it has one; {@code names} are copied beside it for the ledgers list. */
    public void ensure(long stationId, long hostUnitId, long jurisdictionId, SocietyLevel level, NameCopy names) {
        jdbc.sql("""
                insert into funds_ledger (station_id, host_unit_id, jurisdiction_id, level, station_name, host_unit_name)
                values (?, ?, ?, ?, ?, ?) on conflict (station_id) do nothing""")
                .params(stationId, hostUnitId, jurisdictionId, level.name(), names.station(), names.hostUnit()).update();
    }

    public Optional<Ledger> find(long stationId) {
        return jdbc.sql("select * from funds_ledger where station_id = ?").param(stationId).query(LedgerStore::ledger)
                .optional();
    }

    /** The ledger row locked until the end of the transaction: entries of one station are written one at a time. */
    public Optional<Ledger> lock(long stationId) {
        return jdbc.sql("select * from funds_ledger where station_id = ? for update").param(stationId)
                .query(LedgerStore::ledger).optional();
    }

    /** The date the first grant was received: no expense of the ledger can be dated before it. */
    public Optional<LocalDate> firstReceipt(long stationId) {
        return jdbc.sql("select min(entry_date) from ledger_entry where station_id = ? and kind = 'RECEIPT'")
                .param(stationId).query(LocalDate.class).optional();
    }

    public void close(long stationId) {
        jdbc.sql("update funds_ledger set closed = true where station_id = ?").param(stationId).update();
    }

    /**
     * Moves the balance by the entry's effect (the balance's check refuses going below zero), inserts the entry with
     * the balance after it, and adds it to its station's year (what the overview and the ledger's totals sum). The
     * caller holds the ledger's lock, so balances after follow the order of the entries' ids.
     */
    public long add(long stationId, NewEntry e) {
        BigDecimal signed = e.kind() == EntryKind.EXPENSE ? e.amount().negate() : e.amount();
        BigDecimal after = jdbc.sql("update funds_ledger set balance = balance + ? where station_id = ? returning balance")
                .params(signed, stationId).query(BigDecimal.class).single();
        long id = jdbc.sql("""
                insert into ledger_entry (station_id, kind, entry_date, amount, category_code, payee, purpose, project,
                                          voucher_file_id, voucher_name, payment_id, reverses_id, reason, recorded_by,
                                          recorded_at, balance_after)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(stationId, e.kind().name(), Date.valueOf(e.date()), e.amount(), e.category(), e.payee(),
                        e.purpose(), e.project(), e.voucherId(), e.voucherName(), e.paymentId(), e.reversesId(),
                        e.reason(), e.recordedBy(), Timestamp.from(e.recordedAt()), after)
                .query(Long.class).single();
        seals.seal(cn.quzhou.stations.shared.RecordSeals.Sealed.LEDGER_ENTRY, id);
        BigDecimal received = e.kind() == EntryKind.RECEIPT ? e.amount() : BigDecimal.ZERO;
        BigDecimal spent = e.kind() == EntryKind.RECEIPT ? BigDecimal.ZERO : signed.negate();
        jdbc.sql("""
                insert into ledger_year (station_id, year, jurisdiction_id, level, received, spent)
                select station_id, ?, jurisdiction_id, level, ?, ? from funds_ledger where station_id = ?
                on conflict (station_id, year) do update set received = ledger_year.received + excluded.received,
                                                             spent = ledger_year.spent + excluded.spent""")
                .params(e.date().getYear(), received, spent, stationId).update();
        return id;
    }

    /** Received and spent (net of reversals) to date: two sums over the ledger's years. */
    public BigDecimal[] totals(long stationId) {
        return jdbc.sql("select coalesce(sum(received), 0), coalesce(sum(spent), 0) from ledger_year where station_id = ?")
                .param(stationId).query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single();
    }

    public Optional<EntryView> entry(long stationId, long entryId) {
        return jdbc.sql("select " + EntryList.SELECT + " from " + EntryList.FROM + " where e.station_id = ? and e.id = ?")
                .params(stationId, entryId).query((rs, n) -> entry(rs, Locale.SIMPLIFIED_CHINESE)).optional();
    }

    public Optional<UUID> voucherOf(long stationId, long entryId) {
        return jdbc.sql("select voucher_file_id from ledger_entry where station_id = ? and id = ? and voucher_file_id is not null")
                .params(stationId, entryId).query(UUID.class).optional();
    }

    public List<CategoryView> categories() {
        return jdbc.sql("""
                select c.*, not exists (select 1 from expense_category s where s.parent_code = c.code) as leaf
                  from expense_category c order by c.sort_order""")
                .query((rs, n) -> new CategoryView(rs.getString("code"), rs.getString("parent_code"),
                        rs.getString("name_zh"), rs.getString("name_en"), rs.getBoolean("needs_project"),
                        rs.getBoolean("leaf")))
                .list();
    }

    private static Ledger ledger(ResultSet rs, int n) throws SQLException {
        return new Ledger(rs.getLong("station_id"), rs.getLong("host_unit_id"), rs.getLong("jurisdiction_id"),
                SocietyLevel.valueOf(rs.getString("level")), rs.getBigDecimal("balance"), rs.getBoolean("closed"));
    }

    static EntryView entry(ResultSet rs, Locale locale) throws SQLException {
        String name = "en".equals(locale.getLanguage()) ? rs.getString("name_en") : rs.getString("name_zh");
        return new EntryView(rs.getLong("id"), EntryKind.valueOf(rs.getString("kind")),
                rs.getDate("entry_date").toLocalDate(), rs.getBigDecimal("amount"), rs.getString("category_code"),
                name, rs.getString("payee"), rs.getString("purpose"), rs.getString("project"),
                rs.getString("voucher_name"), (Long) rs.getObject("reverses_id", Long.class),
                (Long) rs.getObject("reversed_by", Long.class), rs.getString("reason"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getBigDecimal("balance_after"));
    }
}
