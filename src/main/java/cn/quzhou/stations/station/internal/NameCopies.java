package cn.quzhou.stations.station.internal;

import cn.quzhou.stations.organisation.HostUnitRenamed;
import cn.quzhou.stations.organisation.SocietyRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the copies of unit and society names on station rows current, in the renaming transaction: the registry's
 * list searches and sorts by them in one query on this module's own table.
 */
@Component
class NameCopies {

    private final JdbcClient jdbc;

    NameCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HostUnitRenamed event) {
        jdbc.sql("update station set host_unit_name = ? where host_unit_id = ?")
                .params(event.name(), event.hostUnitId()).update();
    }

    @EventListener
    void on(SocietyRenamed event) {
        jdbc.sql("update station set society_name = ? where society_id = ?")
                .params(event.name(), event.societyId()).update();
    }
}
