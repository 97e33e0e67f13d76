package cn.quzhou.stations.audit.internal;

import cn.quzhou.stations.audit.ChainVerification;
import cn.quzhou.stations.shared.Integrity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the audit chain in id order. A row is altered when its unkeyed hash or its MAC does not match its content, or
 * when it carries no MAC although an earlier row did (a MAC cannot be removed unnoticed); a link is broken when a row's
 * stored predecessor is not the row before it. Anchors written outside the database name a truncated tail.
 */
@Component
class ChainVerifier {

    private final JdbcClient jdbc;
    private final Integrity integrity;
    private final AuditAnchors anchors;

    ChainVerifier(JdbcClient jdbc, Integrity integrity, AuditAnchors anchors) {
        this.jdbc = jdbc;
        this.integrity = integrity;
        this.anchors = anchors;
    }

    ChainVerification verify() {
        List<AuditAnchors.Anchor> anchored = anchors.all();
        Walk walk = new Walk(anchored.stream().map(AuditAnchors.Anchor::id).collect(java.util.stream.Collectors.toSet()));
        try (Stream<Row> rows = jdbc.sql("""
                select id, occurred_at, actor, actor_ip, action, object_type, object_id, outcome, summary,
                       prev_hash, hash, mac_key_id, mac
                from audit_event order by id""").query(ChainVerifier::row).stream()) {
            rows.forEach(walk::check);
        }
        walk.finish();
        List<Long> truncated = new ArrayList<>();
        for (AuditAnchors.Anchor a : anchored) {
            String link = walk.anchoredLinks.get(a.id());
            if (link == null) {
                truncated.add(a.id());
            } else if (!link.equals(a.link())) {
                walk.altered.add(a.id());
            }
        }
        return new ChainVerification(walk.count, List.copyOf(walk.altered), List.copyOf(walk.broken),
                List.copyOf(walk.unverifiable), walk.unverifiable.isEmpty(), anchored.size(),
                truncated.stream().distinct().toList());
    }

    private final class Walk {
        final Set<Long> anchoredIds;
        final Map<Long, String> anchoredLinks = new HashMap<>();
        final Set<Long> altered = new LinkedHashSet<>();
        final List<Long> broken = new ArrayList<>();
        final List<Long> unverifiable = new ArrayList<>();
        long count;
        ChainLink previous = ChainLink.GENESIS;
        boolean keyedSeen;
        Row last;

        Walk(Set<Long> anchoredIds) {
            this.anchoredIds = anchoredIds;
        }

        void check(Row r) {
            count++;
            boolean linked = r.prevHash().equals(previous.hash());
            if (!linked) {
                broken.add(r.id());
            }
            if (!AuditHash.of(r.prevHash(), r.at(), r.actor(), r.ip(), r.action(), r.objectType(), r.objectId(),
                    r.outcome(), r.summary()).equals(r.hash())) {
                altered.add(r.id());
            }
            if (r.mac() == null) {
                if (keyedSeen) {
                    altered.add(r.id());
                }
            } else {
                keyedSeen = true;
                checkMac(r, linked);
            }
            ChainLink own = new ChainLink(r.hash(), r.mac());
            if (anchoredIds.contains(r.id())) {
                anchoredLinks.put(r.id(), own.link());
            }
            previous = own;
            last = r;
        }

        private void checkMac(Row r, boolean linked) {
            String input = AuditHash.macInput(previous.link(), r.at(), r.actor(), r.ip(), r.action(),
                    r.objectType(), r.objectId(), r.outcome(), r.summary());
            switch (integrity.check(r.keyId(), input, r.mac())) {
                case VALID -> { }
                case KEY_UNAVAILABLE -> unverifiable.add(r.id());
                // a row after a removed one fails its MAC too; it is already named as a broken link
                case INVALID -> {
                    if (linked) {
                        altered.add(r.id());
                    }
                }
            }
        }

        /** The platform MACs every row it writes: a head without one had its MAC stripped (or was inserted). */
        void finish() {
            if (last != null && last.mac() == null) {
                altered.add(last.id());
            }
        }
    }

    private record Row(long id, Instant at, String actor, String ip, String action, String objectType,
                       String objectId, String outcome, String summary, String prevHash, String hash,
                       String keyId, String mac) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("actor_ip"), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("outcome"), rs.getString("summary"),
                rs.getString("prev_hash"), rs.getString("hash"), rs.getString("mac_key_id"), rs.getString("mac"));
    }
}
