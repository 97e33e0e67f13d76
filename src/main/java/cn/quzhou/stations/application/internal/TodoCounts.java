package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.application.notice.NoticeWork;
import cn.quzhou.stations.application.notice.TodoDeadlines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notice and panel 待办 as counts, each one SQL statement (never by loading the lists they count). */
@Component
public class TodoCounts {

    private final JdbcClient jdbc;

    TodoCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stations in PUBLIC_NOTICE no notice lists yet, ended notices the city CAST has not prepared a joint document
     * for (nor recognised before the joint document existed); the open objections are a dated line of their own
     * ({@link #objectionsWaiting}). */
    public NoticeWork notices(LocalDate today) {
        return jdbc.sql("""
                select c.n, c.since, e.n, e.since, j.prepared, j.prepared_since, j.returned, j.returned_since
                  from (select count(*) as n, min((a.updated_at at time zone 'Asia/Shanghai')::date) as since
                          from application a where a.status = 'PUBLIC_NOTICE'
                           and not exists (select 1 from public_notice_item i where i.application_id = a.id)) c,
                       (select count(*) as n, min(n.end_date) as since from public_notice n where n.end_date < ?
                           and not exists (select 1 from recognition r where r.notice_id = n.id)
                           and not exists (select 1 from joint_recognition j where j.notice_id = n.id)) e,
                       (select count(*) filter (where status = 'PREPARED') as prepared,
                               min((prepared_at at time zone 'Asia/Shanghai')::date)
                                   filter (where status = 'PREPARED') as prepared_since,
                               count(*) filter (where status = 'RETURNED') as returned,
                               min((returned_at at time zone 'Asia/Shanghai')::date)
                                   filter (where status = 'RETURNED') as returned_since
                          from joint_recognition) j""")
                .param(today).query((rs, n) -> new NoticeWork(rs.getLong(1),
                        day(rs, 2), rs.getLong(3), day(rs, 4), rs.getLong(5), day(rs, 6), rs.getLong(7), day(rs, 8)))
                .single();
    }

    private static LocalDate day(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** An expert's sheets still to score (assigned or saved, not submitted or withdrawn). */
    public long openSheets(long expertId) {
        return jdbc.sql("select count(*) from review_sheet where expert_id = ? and status in ('ASSIGNED', 'DRAFT')")
                .param(expertId).query(Long.class).single();
    }

    /** Panels still scoring whose live sheets are all in (and that have some). */
    public long panelsReadyToList() {
        return jdbc.sql("select count(*) from review_panel p where p.status = 'SCORING'"
                        + " and exists (select 1 from review_sheet s where s.panel_id = p.id and s.status <> 'WITHDRAWN')"
                        + " and not exists (select 1 from review_sheet s where s.panel_id = p.id"
                        + " and s.status in ('ASSIGNED', 'DRAFT'))")
                .query(Long.class).single();
    }

    /**
     * {@link #openSheets} as a 待办 line in one statement: a sheet keeps no date of its assignment, so it waits from its
     * panel's formation (when nearly all sheets are assigned).
     */
    public TodoDeadlines.Waiting openSheetsWaiting(long expertId, LocalDate overdueBefore) {
        return waiting("select (p.formed_at at time zone 'Asia/Shanghai')::date as since from review_sheet s join review_panel p on p.id = s.panel_id"
                + " where s.expert_id = ? and s.status in ('ASSIGNED', 'DRAFT')", overdueBefore, expertId);
    }

    /** {@link #panelsReadyToList} as a 待办 line in one statement: each panel waits from its last sheet's submission. */
    public TodoDeadlines.Waiting panelsReadyWaiting(LocalDate overdueBefore) {
        return waiting("select ((select max(s.submitted_at) from review_sheet s where s.panel_id = p.id"
                + " and s.status = 'SUBMITTED') at time zone 'Asia/Shanghai')::date as since from review_panel p where p.status = 'SCORING'"
                + " and exists (select 1 from review_sheet s where s.panel_id = p.id and s.status <> 'WITHDRAWN')"
                + " and not exists (select 1 from review_sheet s where s.panel_id = p.id"
                + " and s.status in ('ASSIGNED', 'DRAFT'))", overdueBefore);
    }

    /** The open objections as a 待办 line in one statement: each waits from its receipt (Beijing date). */
    public TodoDeadlines.Waiting objectionsWaiting(LocalDate overdueBefore) {
        return waiting("select " + RECEIVED + " as since from notice_objection o where o.status = 'OPEN'", overdueBefore);
    }

    /** An objection's day of receipt, from which it waits. */
    public static final String RECEIVED = "(o.received_at at time zone 'Asia/Shanghai')::date";

    private TodoDeadlines.Waiting waiting(String items, LocalDate overdueBefore, Object... params) {
        List<Object> all = new ArrayList<>();
        all.add(overdueBefore);
        all.addAll(List.of(params));
        return jdbc.sql("select count(*), min(since), count(*) filter (where since < ?) from (" + items + ") w")
                .params(all)
                .query((rs, n) -> new TodoDeadlines.Waiting(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getLong(3)))
                .single();
    }
}
