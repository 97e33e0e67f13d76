package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.organisation.HostUnitRenamed;
import cn.quzhou.stations.organisation.SocietyRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the copies of unit and society names on application rows current, in the renaming transaction: the
 * application list searches and sorts by them in one query on this module's own table (no cross-module join).
 */
@Component
class ApplicationNameCopies {

    private final JdbcClient jdbc;

    ApplicationNameCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HostUnitRenamed event) {
        jdbc.sql("update application set host_unit_name = ? where host_unit_id = ?")
                .params(event.name(), event.hostUnitId()).update();
    }

    @EventListener
    void on(SocietyRenamed event) {
        jdbc.sql("update application set society_name = ? where society_id = ?")
                .params(event.name(), event.societyId()).update();
    }
}
