package cn.quzhou.stations.funding.internal;

import cn.quzhou.stations.funding.InstalmentFilter;
import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The instalments list as SQL: each instalment with its live payment (at most one, a partial unique index says so)
 * in one statement, the data scope and the filters in the WHERE, the keyword on the trigram-indexed names and result
 * document or as the prefix of a disbursement's document number.
 */
@Component
public class InstalmentList {

    public static final SortKeys SORTS = SortKeys.of("i.id", "year,desc",
            "year", "i.year", "dueOn", "i.created_at", "amount", "i.amount", "station", "i.station_name",
            "status", "i.status");

    private static final String SELECT = "i.*, p.id as p_id, p.instalment_id, p.paid_on, p.amount as p_amount,"
            + " p.payer, p.document_number, p.bank_reference, p.status as p_status, p.recorded_by, p.recorded_at,"
            + " p.approved_by, p.approved_at";
    private static final String FROM = "grant_instalment i left join grant_payment p on p.instalment_id = i.id"
            + " and p.status <> 'WITHDRAWN'";

    /** An instalment as stored with its live payment, if any. */
    public record Row(InstalmentStore.Row instalment, cn.quzhou.stations.funding.PaymentView payment) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final InstalmentStore store;

    InstalmentList(JdbcClient jdbc, JdbcTemplate template, InstalmentStore store) {
        this.jdbc = jdbc;
        this.template = template;
        this.store = store;
    }

    public Paged<Row> page(DataScope scope, InstalmentFilter filter, ListQuery query) {
        return SqlList.page(jdbc, SELECT, FROM, where(scope, filter, query), query, SORTS, rows());
    }

    public void export(DataScope scope, InstalmentFilter filter, ListQuery query, Consumer<Row> each) {
        SqlList.stream(template, SELECT, FROM, where(scope, filter, query), query, SORTS, rows(), each);
    }

    private RowMapper<Row> rows() {
        return (rs, n) -> new Row(store.row(rs, n), rs.getObject("p_id") == null ? null : payment(rs));
    }

    private static cn.quzhou.stations.funding.PaymentView payment(ResultSet rs) throws SQLException {
        return new cn.quzhou.stations.funding.PaymentView(rs.getLong("p_id"), rs.getLong("instalment_id"),
                rs.getDate("paid_on").toLocalDate(), rs.getBigDecimal("p_amount"), rs.getString("payer"),
                rs.getString("document_number"), rs.getString("bank_reference"),
                cn.quzhou.stations.funding.PaymentStatus.valueOf(rs.getString("p_status")), rs.getString("recorded_by"),
                InstalmentStore.instant(rs.getTimestamp("recorded_at")), rs.getString("approved_by"),
                InstalmentStore.instant(rs.getTimestamp("approved_at")));
    }

    private static Where where(DataScope scope, InstalmentFilter filter, ListQuery query) {
        DataScope.Sql within = scope.sql("i.jurisdiction_id", "i.host_unit_id");
        Where where = Where.of(within.condition(), within.params())
                .andIf(filter.year(), "i.year = ?")
                .andIf(filter.status() == null ? null : filter.status().name(), "i.status = ?")
                .andIf(filter.jurisdiction(), "i.jurisdiction_id = ?");
        if (query.hasKeyword()) {
            // names and the result document anywhere; a disbursement's document number (any, withdrawn ones too:
            // the number was issued) from its start
            where.and("i.search_text ilike ? or exists (select 1 from grant_payment d where d.instalment_id = i.id"
                    + " and d.document_number like ?)", query.containing(), query.startingWith());
        }
        return where;
    }
}
