package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.application.ApplicationFilter;
import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.ReviewQueue;
import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The application list as SQL: one statement for the page and one for the total, the data scope (the same rule as
 * {@code Applications.visibleTo}) and every filter inside the WHERE, the keyword on the trigram-indexed
 * {@code search_text} or as the prefix of a recognition document number. The Art. 3(6) flag is a correlated EXISTS on
 * the (society_id, status) index, evaluated for the rows of the page only.
 */
@Component
public class ApplicationList {

    private static final ZoneId BEIJING = Beijing.ZONE;

    public static final SortKeys SORTS = SortKeys.of("a.id", "submittedAt,desc",
            "submittedAt", "a.submitted_at", "updatedAt", "a.updated_at", "name", "a.station_name",
            "hostUnit", "a.host_unit_name", "society", "a.society_name", "jurisdiction", "a.jurisdiction_id",
            "level", "a.level", "status", "a.status");

    private static final String SELECT = "a.id, a.station_name, coalesce(a.host_unit_name, a.unit_name) as unit_name,"
            + " a.society_name, a.jurisdiction_id, a.level, a.status, a.paper, a.submitted_at, a.updated_at,"
            + " (a.society_id is not null and a.status <> 'DRAFT' and exists (select 1 from application o"
            + " where o.society_id = a.society_id and o.id <> a.id and o.status not in ('DRAFT', 'REJECTED', 'FAILED')))"
            + " as flagged";
    private static final String FROM = "application a";
    /** A recognition document number (e.g. 衢市科协〔2026〕3号) names the applications it recognised. */
    private static final String BY_DOCUMENT = "a.id in (select rs.application_id from recognition_station rs"
            + " join recognition r on r.id = rs.recognition_id where r.number like ?)";

    /** A row with ids where the facade adds names it looks up once (jurisdictions). */
    public record Row(long id, String stationName, String unitName, String societyName, long jurisdictionId,
                      SocietyLevel level, ApplicationStatus status, boolean paper, boolean flagged, Instant submittedAt,
                      Instant updatedAt) {
    }

    private static final RowMapper<Row> ROWS = (rs, n) -> new Row(rs.getLong("id"), rs.getString("station_name"),
            rs.getString("unit_name"), rs.getString("society_name"), rs.getLong("jurisdiction_id"),
            rs.getString("level") == null ? null : SocietyLevel.valueOf(rs.getString("level")),
            ApplicationStatus.valueOf(rs.getString("status")), rs.getBoolean("paper"), rs.getBoolean("flagged"),
            instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("updated_at")));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ApplicationList(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Paged<Row> page(PlatformUser user, ApplicationFilter filter, ListQuery query) {
        return SqlList.page(jdbc, SELECT, FROM, where(user, filter, query), query, SORTS, ROWS);
    }

    public void export(PlatformUser user, ApplicationFilter filter, ListQuery query, Consumer<Row> each) {
        SqlList.stream(template, SELECT, FROM, where(user, filter, query), query, SORTS, ROWS, each);
    }

    /** How many applications {@code user} sees at each of {@code statuses}: one grouped count (the 待办). */
    public Map<ApplicationStatus, Long> countByStatus(PlatformUser user, Collection<ApplicationStatus> statuses) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        if (statuses.isEmpty()) {
            return counts;
        }
        DataScope.Sql visible = visibleTo(user);
        List<Object> params = new ArrayList<>(visible.params());
        statuses.forEach(s -> params.add(s.name()));
        jdbc.sql("select a.status, count(*) as n from " + FROM + " where (" + visible.condition() + ") and a.status in ("
                        + String.join(", ", statuses.stream().map(s -> "?").toList()) + ") group by a.status")
                .params(params)
                .query((rs, n) -> Map.entry(ApplicationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        statuses.forEach(s -> counts.putIfAbsent(s, 0L));
        return counts;
    }

    /**
     * The queues at {@code statuses} within the user's scope, one grouped statement: count, the oldest item's day at the
     * step (its last change, made by the hand-over that put it there) and how many reached it before
     * {@code overdueBefore}.
     */
    public List<ReviewQueue> queues(PlatformUser user, Collection<ApplicationStatus> statuses, LocalDate overdueBefore) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        DataScope.Sql visible = visibleTo(user);
        List<Object> params = new ArrayList<>();
        params.add(overdueBefore);
        params.addAll(visible.params());
        statuses.forEach(s -> params.add(s.name()));
        return jdbc.sql("select a.status, count(*) as n, min(" + SINCE + ") as since, count(*) filter (where " + SINCE
                        + " < ?) as overdue from " + FROM + " where (" + visible.condition() + ") and a.status in ("
                        + String.join(", ", statuses.stream().map(s -> "?").toList()) + ") group by a.status order by a.status")
                .params(params)
                .query((rs, n) -> new ReviewQueue(ApplicationStatus.valueOf(rs.getString("status")), rs.getLong("n"),
                        rs.getObject("since", LocalDate.class), rs.getLong("overdue")))
                .list();
    }

    /** The Beijing date an application reached its current step. */
    private static final String SINCE = "(a.updated_at at time zone 'Asia/Shanghai')::date";

    private static Where where(PlatformUser user, ApplicationFilter filter, ListQuery query) {
        DataScope.Sql visible = visibleTo(user);
        Where where = Where.of(visible.condition(), visible.params())
                .andIf(filter.jurisdiction(), "a.jurisdiction_id = ?")
                .andIf(filter.level() == null ? null : filter.level().name(), "a.level = ?")
                .andIf(filter.status() == null ? null : filter.status().name(), "a.status = ?");
        if (filter.year() != null) {
            where.and("a.submitted_at >= ? and a.submitted_at < ?", startOf(filter.year()), startOf(filter.year() + 1));
        }
        if (query.hasKeyword()) {
            where.and("a.search_text ilike ? or " + BY_DOCUMENT, query.containing(), query.startingWith());
        }
        return where;
    }

    /**
     * The data scope of applications in SQL, exactly as {@code Applications.visibleTo}: the unit sees its own (drafts
     * included); offices their scope's submitted applications plus the paper drafts they entered; a panel expert
     * besides the applications of their sheets that were not withdrawn.
     */
    static DataScope.Sql visibleTo(PlatformUser user) {
        DataScope scope = user.scope();
        DataScope.Sql within = scope.sql("a.jurisdiction_id", "a.host_unit_id");
        String condition = within.condition();
        List<Object> params = new ArrayList<>(within.params());
        if (!(scope instanceof DataScope.OfUnit)) {
            condition = "(a.status <> 'DRAFT' or a.entered_by = ?) and (" + condition + ")";
            params.add(0, user.getUsername());
        }
        if (user.has(Role.EXPERT) && user.expertId() != null) {
            condition = "(" + condition + ") or a.id in (select rs.application_id from review_sheet rs"
                    + " where rs.expert_id = ? and rs.status <> 'WITHDRAWN')";
            params.add(user.expertId());
        }
        return new DataScope.Sql(condition, params);
    }

    private static java.sql.Timestamp startOf(int year) {
        int bounded = Math.max(1, Math.min(9998, year));
        return java.sql.Timestamp.from(LocalDate.of(bounded, 1, 1).atStartOfDay(BEIJING).toInstant());
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
