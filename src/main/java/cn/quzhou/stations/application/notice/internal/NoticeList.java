package cn.quzhou.stations.application.notice.internal;

import cn.quzhou.stations.application.notice.NoticeFilter;
import cn.quzhou.stations.application.notice.ObjectionStatus;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.PersonalDataCipher;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notice lists as SQL: the city offices' list (every notice — 公示 is the city's own business, no data scope), the
 * public list (the notices running today only) and the objections of one notice. One statement for the page, one for
 * the total; the station and open-objection counts are correlated counts on the (notice_id …) keys, evaluated for the
 * page's rows; the keyword runs on the trigram-indexed {@code search_text} (title, number, the stations' names).
 */
@Component
public class NoticeList {

    public static final SortKeys SORTS = SortKeys.of("n.id", "openedAt,desc",
            "openedAt", "n.opened_at", "startDate", "n.start_date", "endDate", "n.end_date", "title", "n.title",
            "number", "n.number");

    public static final SortKeys OBJECTION_SORTS = SortKeys.of("o.id", "receivedAt,asc",
            "receivedAt", "o.received_at", "status", "o.status", "station", "i.station_name", "name", "o.name");

    private static final String SELECT = "n.id, n.title, n.number, n.start_date, n.end_date, n.opened_at,"
            + " (select count(*) from public_notice_item i where i.notice_id = n.id) as stations,"
            + " (select count(*) from notice_objection o where o.notice_id = n.id and o.status = 'OPEN') as open_objections,"
            + " r.id as recognition_id, r.number as recognition_number";
    private static final String FROM = "public_notice n left join recognition r on r.notice_id = n.id";
    private static final String PUBLIC_SELECT = "n.id, n.title, n.number, n.start_date, n.end_date";
    private static final String PUBLIC_FROM = "public_notice n";
    private static final String OBJECTION_SELECT = "o.id, o.notice_id, o.application_id, i.station_name, o.name,"
            + " o.contact, o.content, o.file_name, o.received_at, o.status, o.resolution, o.resolved_by, o.resolved_at,"
            + " o.version";
    private static final String OBJECTION_FROM = "notice_objection o"
            + " left join public_notice_item i on i.notice_id = o.notice_id and i.application_id = o.application_id";

    /** A notice of the offices' list. */
    public record Row(long id, String title, String number, LocalDate startDate, LocalDate endDate, Instant openedAt,
                      int stations, long openObjections, Long recognitionId, String recognitionNumber) {
    }

    /** A running notice as the public sees it (its stations are read for the whole page at once). */
    public record PublicRow(long id, String title, String number, LocalDate startDate, LocalDate endDate) {
    }

    /** An objection with the name of the station it is about. */
    public record ObjectionRow(long id, long noticeId, long applicationId, String stationName, String name,
                               String contact, String content, String fileName, Instant receivedAt,
                               ObjectionStatus status, String resolution, String resolvedBy, Instant resolvedAt,
                               int version) {
    }

    private static final RowMapper<Row> ROWS = (rs, n) -> new Row(rs.getLong("id"), rs.getString("title"),
            rs.getString("number"), rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
            instant(rs.getTimestamp("opened_at")), rs.getInt("stations"), rs.getLong("open_objections"),
            (Long) rs.getObject("recognition_id", Long.class), rs.getString("recognition_number"));

    private static final RowMapper<PublicRow> PUBLIC_ROWS = (rs, n) -> new PublicRow(rs.getLong("id"),
            rs.getString("title"), rs.getString("number"), rs.getDate("start_date").toLocalDate(),
            rs.getDate("end_date").toLocalDate());

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final RowMapper<ObjectionRow> objectionRows;

    NoticeList(JdbcClient jdbc, JdbcTemplate template, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.template = template;
        // the objector's contact is stored sealed: opened here, masked by the facade
        this.objectionRows = (rs, n) -> new ObjectionRow(rs.getLong("id"), rs.getLong("notice_id"),
                rs.getLong("application_id"), rs.getString("station_name"), rs.getString("name"),
                cipher.open(rs.getString("contact")), rs.getString("content"), rs.getString("file_name"),
                instant(rs.getTimestamp("received_at")), ObjectionStatus.valueOf(rs.getString("status")),
                rs.getString("resolution"), rs.getString("resolved_by"), instant(rs.getTimestamp("resolved_at")),
                rs.getInt("version"));
    }

    public Paged<Row> page(NoticeFilter filter, LocalDate today, ListQuery query) {
        return SqlList.page(jdbc, SELECT, FROM, where(filter, today, query), query, SORTS, ROWS);
    }

    public void export(NoticeFilter filter, LocalDate today, ListQuery query, Consumer<Row> each) {
        SqlList.stream(template, SELECT, FROM, where(filter, today, query), query, SORTS, ROWS, each);
    }

    /** The notices running {@code today}, the only ones the public sees, within the start year if asked. */
    public Paged<PublicRow> running(Integer year, LocalDate today, ListQuery query) {
        Where where = Where.of("n.start_date <= ? and n.end_date >= ?", List.of(Date.valueOf(today), Date.valueOf(today)))
                .keyword(query, List.of("n.search_text"), List.of());
        year(where, year);
        return SqlList.page(jdbc, PUBLIC_SELECT, PUBLIC_FROM, where, query, SORTS, PUBLIC_ROWS);
    }

    /** The proposed stations of the given notices in their published order: one statement for a whole page. */
    public Map<Long, List<NoticeItemRow>> items(Collection<Long> noticeIds) {
        Map<Long, List<NoticeItemRow>> items = new LinkedHashMap<>();
        if (noticeIds.isEmpty()) {
            return items;
        }
        jdbc.sql("select notice_id, application_id, station_name, unit_name, society_name, level, business_fields"
                        + " from public_notice_item where notice_id in (" + String.join(", ",
                        noticeIds.stream().map(id -> "?").toList()) + ") order by notice_id, position")
                .params(List.copyOf(noticeIds))
                .query((rs, n) -> new NoticeItemRow(rs.getLong("notice_id"), rs.getLong("application_id"),
                        rs.getString("station_name"), rs.getString("unit_name"), rs.getString("society_name"),
                        rs.getString("level") == null ? null : SocietyLevel.valueOf(rs.getString("level")),
                        rs.getString("business_fields")))
                .list().forEach(i -> items.computeIfAbsent(i.noticeId(), k -> new java.util.ArrayList<>()).add(i));
        return items;
    }

    /** A proposed station as copied when its notice opened. */
    public record NoticeItemRow(long noticeId, long applicationId, String stationName, String unitName,
                                String societyName, SocietyLevel level, String businessFields) {
    }

    /** The objections to one notice, by status if asked, the keyword on the objector's name, the content or the station. */
    public Paged<ObjectionRow> objections(long noticeId, ObjectionStatus status, ListQuery query) {
        Where where = Where.of("o.notice_id = ?", List.of(noticeId))
                .andIf(status == null ? null : status.name(), "o.status = ?")
                .keyword(query, List.of("o.name", "o.content", "i.station_name"), List.of());
        return SqlList.page(jdbc, OBJECTION_SELECT, OBJECTION_FROM, where, query, OBJECTION_SORTS, objectionRows);
    }

    private static Where where(NoticeFilter filter, LocalDate today, ListQuery query) {
        Where where = Where.of("true", List.of())
                .keyword(query, List.of("n.search_text"), List.of("r.number"));
        Date day = Date.valueOf(today);
        if (filter.state() != null) {
            switch (filter.state()) {
                case UPCOMING -> where.and("n.start_date > ?", day);
                case OPEN -> where.and("n.start_date <= ? and n.end_date >= ?", day, day);
                case ENDED -> where.and("n.end_date < ?", day);
            }
        }
        year(where, filter.year());
        return where;
    }

    private static void year(Where where, Integer year) {
        if (year != null) {
            int bounded = Math.max(1, Math.min(9998, year));
            where.and("n.start_date >= ? and n.start_date < ?", Date.valueOf(LocalDate.of(bounded, 1, 1)),
                    Date.valueOf(LocalDate.of(bounded + 1, 1, 1)));
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
