package cn.quzhou.stations.audit.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.shared.Integrity;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Component
class JdbcAuditLog implements AuditLog {

    /** Serialises appends so that each row links to the one committed just before it. */
    private static final long CHAIN_LOCK = 0x6175646974L;
    private static final int SUMMARY_LIMIT = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Integrity integrity;
    private final ChainTails tails;

    JdbcAuditLog(JdbcClient jdbc, Clock clock, Integrity integrity, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.integrity = integrity;
        this.tails = new ChainTails(dataSource);
    }

    @Override
    @Transactional
    public void record(AuditRecord r) {
        ChainLink prev = tails.current().orElseGet(this::lockAndReadTail);
        // PostgreSQL keeps microseconds: hash exactly what is stored
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = truncate(r.actor() != null ? r.actor() : currentActor(), 100);
        String ip = currentIp();
        String summary = truncate(r.summary(), SUMMARY_LIMIT);
        String hash = AuditHash.of(prev.hash(), at, actor, ip, r.action(), r.objectType(), r.objectId(),
                r.outcome().name(), summary);
        Integrity.Seal seal = integrity.seal(AuditHash.macInput(prev.link(), at, actor, ip, r.action(),
                r.objectType(), r.objectId(), r.outcome().name(), summary));
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, actor_ip, action, object_type, object_id,
                                         outcome, summary, prev_hash, hash, mac_key_id, mac)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(at), actor, ip, r.action(), r.objectType(), r.objectId(),
                        r.outcome().name(), summary, prev.hash(), hash, seal.keyId(), seal.mac())
                .update();
        tails.remember(new ChainLink(hash, seal.mac()));
    }

    /**
     * The transaction's first record takes the chain lock (held until it ends) and reads the last committed link;
     * the transaction's later records follow their own previous one (issue #15: an import of 20,000 rows).
     */
    private ChainLink lockAndReadTail() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
        return jdbc.sql("select hash, mac from audit_event order by id desc limit 1")
                .query((rs, n) -> new ChainLink(rs.getString("hash"), rs.getString("mac"))).optional()
                .orElse(ChainLink.GENESIS);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName();
    }

    private static String currentIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
