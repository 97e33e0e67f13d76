package cn.quzhou.stations.application.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notice and panel 待办 as counts, each one SQL statement (never by loading the lists they count). */
@Component
public class TodoCounts {

    private final JdbcClient jdbc;

    TodoCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stations in PUBLIC_NOTICE no notice lists yet, open objections, ended notices the city CAST has not
     * prepared a joint document for (nor recognised before the joint document existed). */
    public long[] notices(LocalDate today) {
        return jdbc.sql("select (select count(*) from application a where a.status = 'PUBLIC_NOTICE' and not exists"
                        + " (select 1 from public_notice_item i where i.application_id = a.id)),"
                        + " (select count(*) from notice_objection o where o.status = 'OPEN'),"
                        + " (select count(*) from public_notice n where n.end_date < ? and not exists"
                        + " (select 1 from recognition r where r.notice_id = n.id)"
                        + " and not exists (select 1 from joint_recognition j where j.notice_id = n.id))")
                .param(today).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
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
}
