package cn.quzhou.stations.audit.internal;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.audit.AuditEntry;
import cn.quzhou.stations.audit.AuditFilter;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail as a list: keyset pages newest first (the (occurred_at, id) index walked from the cursor row, never
 * an OFFSET over half a million rows), the keyword on the trigram-indexed {@code search_text} (actor, action, target),
 * the date range, action, outcome, actor, object, IP and the 登录日志's actions in the WHERE (each on an index).
 */
@Component
class AuditList {

    static final SortKeys SORTS = SortKeys.of("e.id", "occurredAt,desc", "occurredAt", "e.occurred_at");

    private static final ZoneId BEIJING = Beijing.ZONE;
    private static final String SELECT = "e.id, e.occurred_at, e.actor, e.actor_ip, e.action, e.object_type,"
            + " e.object_id, e.outcome, e.summary, e.hash";
    private static final String FROM = "audit_event e";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditList(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Paged<AuditEntry> page(AuditFilter filter, ListQuery query) {
        return SqlList.keyset(jdbc, SELECT, FROM, where(filter, query), query, SORTS,
                JdbcAuditTrail::entry, AuditEntry::id);
    }

    void export(AuditFilter filter, ListQuery query, Consumer<AuditEntry> each) {
        SqlList.stream(template, SELECT, FROM, where(filter, query), query, SORTS, JdbcAuditTrail::entry, each);
    }

    /** Distinct actions by a loose index scan on (action, occurred_at): one index probe per action, not a table scan. */
    List<String> actions() {
        return jdbc.sql("""
                with recursive a(action) as (
                    (select action from audit_event order by action limit 1)
                    union all
                    select (select e.action from audit_event e where e.action > a.action order by e.action limit 1)
                    from a where a.action is not null)
                select action from a where action is not null""").query(String.class).list();
    }

    private static Where where(AuditFilter filter, ListQuery query) {
        Where where = new Where();
        if (filter.signIns()) {
            where.and("e.action in (" + String.join(", ", java.util.Collections.nCopies(
                    AuditFilter.SIGN_IN_ACTIONS.size(), "?")) + ")", List.<Object>copyOf(AuditFilter.SIGN_IN_ACTIONS));
        }
        return where
                .andIf(filter.from() == null ? null : Timestamp.from(filter.from().atStartOfDay(BEIJING).toInstant()),
                        "e.occurred_at >= ?")
                .andIf(filter.to() == null ? null
                        : Timestamp.from(filter.to().plusDays(1).atStartOfDay(BEIJING).toInstant()), "e.occurred_at < ?")
                .andIf(filter.action(), "e.action = ?")
                .andIf(filter.outcome() == null ? null : filter.outcome().name(), "e.outcome = ?")
                .andIf(filter.actor(), "e.actor = ?")
                .andIf(filter.objectType(), "e.object_type = ?")
                .andIf(filter.objectId(), "e.object_id = ?")
                .andIf(filter.ip(), "e.actor_ip = ?")
                .keyword(query, List.of("e.search_text"), List.of());
    }
}
