package cn.quzhou.stations.audit;

import java.time.Instant;

/** One row of the audit trail as the audit administrator reads it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorIp, String action,
                         String objectType, String objectId, AuditOutcome outcome, String summary, String hash) {
}
