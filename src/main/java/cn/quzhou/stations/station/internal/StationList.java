package cn.quzhou.stations.station.internal;

import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import cn.quzhou.stations.station.StationFilter;
import cn.quzhou.stations.station.StationStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry's list and the public directory as SQL: one statement for the page and one for the total, the data
 * scope and every filter inside the WHERE, the keyword on the trigram-indexed {@code search_text}.
 */
@Component
public class StationList {

    public static final SortKeys SORTS = SortKeys.of("s.id", "recognisedOn,desc",
            "recognisedOn", "s.recognised_on", "name", "s.name", "hostUnit", "s.host_unit_name",
            "society", "s.society_name", "jurisdiction", "s.jurisdiction_id", "level", "s.level",
            "agreementEndsOn", "s.agreement_ends_on", "status", "s.status", "documentNumber", "s.document_number");

    private static final String SELECT = "s.id, s.name, s.level, s.host_unit_name, s.jurisdiction_id, s.society_name,"
            + " s.society_branch, s.document_number, s.recognised_on, s.agreement_signed_on, s.agreement_ends_on,"
            + " s.status";
    private static final String FROM = "station s";

    /** A row with its stored status; the caller derives EXPIRED and names the jurisdiction. */
    public record Row(long id, String name, SocietyLevel level, String hostUnitName, long jurisdictionId,
                      String societyName, String societyBranch, String documentNumber, LocalDate recognisedOn,
                      LocalDate agreementSignedOn, LocalDate agreementEndsOn, StationStatus status) {
    }

    private static final RowMapper<Row> ROWS = (rs, n) -> new Row(rs.getLong("id"), rs.getString("name"),
            SocietyLevel.valueOf(rs.getString("level")), rs.getString("host_unit_name"), rs.getLong("jurisdiction_id"),
            rs.getString("society_name"), rs.getString("society_branch"), rs.getString("document_number"),
            rs.getObject("recognised_on", LocalDate.class), rs.getObject("agreement_signed_on", LocalDate.class),
            rs.getObject("agreement_ends_on", LocalDate.class), StationStatus.valueOf(rs.getString("status")));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    StationList(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Paged<Row> page(DataScope scope, StationFilter filter, ListQuery query, LocalDate today) {
        return SqlList.page(jdbc, SELECT, FROM, where(staff(scope), filter, query, today), query, SORTS, ROWS);
    }

    public void export(DataScope scope, StationFilter filter, ListQuery query, LocalDate today, Consumer<Row> each) {
        SqlList.stream(template, SELECT, FROM, where(staff(scope), filter, query, today), query, SORTS, ROWS, each);
    }

    /**
     * A society contact's stations (Art. 18(6)): those whose partner society is the contact's; any other scope sees
     * none here, as before (staff read stations through the registry).
     */
    public Paged<Row> ofSociety(DataScope scope, StationFilter filter, ListQuery query, LocalDate today) {
        return SqlList.page(jdbc, SELECT, FROM, where(society(scope), filter, query, today), query, SORTS, ROWS);
    }

    public void ofSocietyExport(DataScope scope, StationFilter filter, ListQuery query, LocalDate today,
                                Consumer<Row> each) {
        SqlList.stream(template, SELECT, FROM, where(society(scope), filter, query, today), query, SORTS, ROWS, each);
    }

    /** The public directory: stations active today (not revoked, agreement running), anyone may read it. */
    public Paged<Row> directory(StationFilter filter, ListQuery query, LocalDate today) {
        StationFilter active = new StationFilter(filter.jurisdiction(), filter.level(), StationStatus.ACTIVE);
        return SqlList.page(jdbc, SELECT, FROM, where(staff(new DataScope.All()), active, query, today), query, SORTS,
                ROWS);
    }

    private static DataScope.Sql staff(DataScope scope) {
        return scope.sql("s.jurisdiction_id", "s.host_unit_id");
    }

    private static DataScope.Sql society(DataScope scope) {
        return scope instanceof DataScope.OfSociety ? scope.sql("s.jurisdiction_id", "s.host_unit_id", "s.society_id")
                : new DataScope.Sql("false", List.of());
    }

    public java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, name from station where id = any(?)").param(ids.toArray(Long[]::new))
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                });
        return names;
    }

    private static Where where(DataScope.Sql within, StationFilter filter, ListQuery query, LocalDate today) {
        Where where = Where.of(within.condition(), within.params())
                .andIf(filter.jurisdiction(), "s.jurisdiction_id = ?")
                .andIf(filter.level() == null ? null : filter.level().name(), "s.level = ?")
                .keyword(query, List.of("s.search_text"), List.of());
        if (filter.status() == StationStatus.ACTIVE) {
            where.and("s.status = 'ACTIVE' and s.agreement_ends_on >= ?", today);
        } else if (filter.status() == StationStatus.EXPIRED) {
            where.and("s.status = 'ACTIVE' and s.agreement_ends_on < ?", today);
        } else if (filter.status() == StationStatus.REVOKED) {
            where.and("s.status = 'REVOKED'");
        }
        return where;
    }
}
