package cn.quzhou.stations.funding.internal;

import cn.quzhou.stations.organisation.HostUnitRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the copies of a host unit's name on instalments, ledgers and clawbacks current, in the renaming transaction:
 * the funding lists search and sort by it in one query on this module's own tables. (A station's name is fixed once
 * recognised: it is copied when the row is opened.)
 */
@Component
class FundingNameCopies {

    private final JdbcClient jdbc;

    FundingNameCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HostUnitRenamed event) {
        for (String table : new String[] {"grant_instalment", "funds_ledger", "clawback"}) {
            jdbc.sql("update " + table + " set host_unit_name = ? where host_unit_id = ?")
                    .params(event.name(), event.hostUnitId()).update();
        }
    }
}
