package cn.quzhou.stations.audit.internal;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.audit.AuditEntry;
import cn.quzhou.stations.audit.AuditFilter;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditQuery;
import cn.quzhou.stations.audit.AuditTrail;
import cn.quzhou.stations.audit.ChainVerification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Component
class JdbcAuditTrail implements AuditTrail {

    private static final ZoneId BEIJING = Beijing.ZONE;

    private final JdbcClient jdbc;
    private final AuditList list;
    private final ChainVerifier verifier;

    JdbcAuditTrail(JdbcClient jdbc, AuditList list, ChainVerifier verifier) {
        this.jdbc = jdbc;
        this.list = list;
        this.verifier = verifier;
    }

    @Override
    @PreAuthorize("hasAuthority('audit:read')")
    @Transactional(readOnly = true)
    public Paged<AuditEntry> page(ListRequest request, AuditFilter filter) {
        return list.page(filter, request.resolve(AuditList.SORTS));
    }

    @Override
    @PreAuthorize("hasAuthority('audit:read')")
    @Transactional(readOnly = true)
    public void export(ListRequest request, AuditFilter filter, java.util.function.Consumer<AuditEntry> each) {
        list.export(filter, request.resolve(AuditList.SORTS).everything(), each);
    }

    @Override
    @PreAuthorize("hasAuthority('audit:read')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return list.actions();
    }

    @Override
    @PreAuthorize("hasAuthority('audit:read')")
    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery q, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        like(where, params, "actor", q.actor());
        like(where, params, "action", q.action());
        like(where, params, "object_type", q.objectType());
        if (StringUtils.hasText(q.objectId())) {
            where.append(" and object_id = ?");
            params.add(q.objectId().strip());
        }
        if (q.from() != null) {
            where.append(" and occurred_at >= ?");
            params.add(Timestamp.from(q.from().atStartOfDay(BEIJING).toInstant()));
        }
        if (q.to() != null) {
            where.append(" and occurred_at < ?");
            params.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(BEIJING).toInstant()));
        }
        long total = jdbc.sql("select count(*) from audit_event" + where).params(params)
                .query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<AuditEntry> rows = jdbc.sql("select * from audit_event" + where + " order by id desc limit ? offset ?")
                .params(pageParams).query(JdbcAuditTrail::entry).list();
        return new AuditPage(rows, page, size, total);
    }

    private static void like(StringBuilder where, List<Object> params, String column, String value) {
        if (StringUtils.hasText(value)) {
            where.append(" and ").append(column).append(" ilike ? escape '\\'");
            params.add("%" + value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    @Override
    @PreAuthorize("hasAuthority('audit:read')")
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        return verifier.verify();
    }

    static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("actor_ip"), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getString("summary"), rs.getString("hash"));
    }
}
