package cn.quzhou.stations.audit.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.shared.Integrity;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start: a trail whose newest row predates the keyed chain gets a keyed seal row (its MAC covers the old head, so
 * the unkeyed rows before it can no longer be recomputed unnoticed); a trail whose newest row was sealed with the
 * current key id must verify with the configured key, or the platform refuses to start (a wrong key would otherwise
 * write a chain nobody can verify). Then the head is anchored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChainStart implements ApplicationRunner {

    static final String SEAL_ACTION = "audit.chain.seal";

    private final JdbcClient jdbc;
    private final Integrity integrity;
    private final AuditLog log;
    private final AuditAnchors anchors;

    ChainStart(JdbcClient jdbc, Integrity integrity, AuditLog log, AuditAnchors anchors) {
        this.jdbc = jdbc;
        this.integrity = integrity;
        this.log = log;
        this.anchors = anchors;
    }

    @Override
    public void run(ApplicationArguments args) {
        sealOrCheck();
        anchors.anchor();
    }

    void sealOrCheck() {
        List<Head> newest = jdbc.sql("""
                select id, occurred_at, actor, actor_ip, action, object_type, object_id, outcome, summary, hash,
                       mac_key_id, mac
                from audit_event order by id desc limit 2""").query(ChainStart::head).list();
        if (newest.isEmpty()) {
            return;
        }
        Head head = newest.get(0);
        if (head.mac() == null) {
            log.record(AuditRecord.of("system", SEAL_ACTION, AuditOutcome.SUCCESS,
                    "keyed chain begins; unkeyed head #" + head.id() + " sha256 " + head.hash()));
            return;
        }
        ChainLink previous = newest.size() > 1 ? newest.get(1).asLink() : ChainLink.GENESIS;
        String input = AuditHash.macInput(previous.link(), head.at(), head.actor(), head.ip(), head.action(),
                head.objectType(), head.objectId(), head.outcome(), head.summary());
        if (integrity.check(head.keyId(), input, head.mac()) == Integrity.Check.INVALID) {
            throw new IllegalStateException("The configured integrity key does not verify the newest audit row (#"
                    + head.id() + ", key " + head.keyId() + "): check platform.integrity.key / "
                    + "platform.integrity.key-file (PLATFORM_INTEGRITY_KEY / PLATFORM_INTEGRITY_KEY_FILE) and "
                    + "platform.integrity.key-id; a rotated key gets a new id and the old one is kept in "
                    + "platform.integrity.retired-keys. If the row itself was altered, run the verifier.");
        }
    }

    private record Head(long id, java.time.Instant at, String actor, String ip, String action, String objectType,
                        String objectId, String outcome, String summary, String hash, String keyId, String mac) {
        ChainLink asLink() {
            return new ChainLink(hash, mac);
        }
    }

    private static Head head(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Head(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("actor_ip"), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("outcome"), rs.getString("summary"), rs.getString("hash"),
                rs.getString("mac_key_id"), rs.getString("mac"));
    }
}
