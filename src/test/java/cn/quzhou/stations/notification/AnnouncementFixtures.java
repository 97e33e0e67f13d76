package cn.quzhou.stations.notification;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Announcements written straight into the table, dated today (Beijing), for probes that need one in a given state. */
final class AnnouncementFixtures {

    private AnnouncementFixtures() {
    }

    static long insert(JdbcClient jdbc, String title, String status) {
        return jdbc.sql("""
                insert into announcement (title, kind, body, published_on, status, created_by, created_at, updated_at)
                values (?, 'OTHER', '正文', case when ? = 'PUBLISHED' then (now() at time zone 'Asia/Shanghai')::date end,
                        ?, 'test', now(), now()) returning id""")
                .params(title, status, status).query(Long.class).single();
    }
}
