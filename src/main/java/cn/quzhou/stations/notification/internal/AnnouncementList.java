package cn.quzhou.stations.notification.internal;

import cn.quzhou.stations.notification.AnnouncementKind;
import cn.quzhou.stations.notification.AnnouncementStatus;
import cn.quzhou.stations.notification.AnnouncementView;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The announcements as SQL: every one for the city CAST, the published ones (dated today or earlier) for everybody. */
@Component
public class AnnouncementList {

    public static final SortKeys SORTS = SortKeys.of("a.id", "publishedOn,desc", "publishedOn",
            "coalesce(a.published_on, date '9999-12-31')", "updatedAt", "a.updated_at");

    private static final String SELECT = "a.id, a.title, a.kind, a.body, a.published_on, a.status, a.created_by,"
            + " a.updated_at, a.version";
    private static final String FROM = "announcement a";

    private static final RowMapper<AnnouncementView> ROWS = (rs, n) -> {
        Date on = rs.getDate("published_on");
        return new AnnouncementView(rs.getLong("id"), rs.getString("title"),
                AnnouncementKind.valueOf(rs.getString("kind")), rs.getString("body"),
                on == null ? null : on.toLocalDate(), AnnouncementStatus.valueOf(rs.getString("status")),
                rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    };

    private final JdbcClient jdbc;

    AnnouncementList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Paged<AnnouncementView> all(AnnouncementKind kind, ListQuery query) {
        return SqlList.page(jdbc, SELECT, FROM, filtered(new Where(), kind, query), query, SORTS, ROWS);
    }

    public Paged<AnnouncementView> published(AnnouncementKind kind, LocalDate today, ListQuery query) {
        Where where = Where.of("a.status = 'PUBLISHED' and a.published_on <= ?", List.of(Date.valueOf(today)));
        return SqlList.page(jdbc, SELECT, FROM, filtered(where, kind, query), query, SORTS, ROWS);
    }

    private static Where filtered(Where where, AnnouncementKind kind, ListQuery query) {
        if (kind != null) {
            where.and("a.kind = ?", kind.name());
        }
        if (query.hasKeyword()) {
            where.and("(a.title ilike ? or a.body ilike ?)", query.containing(), query.containing());
        }
        return where;
    }
}
