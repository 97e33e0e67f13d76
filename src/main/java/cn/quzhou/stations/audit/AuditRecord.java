package cn.quzhou.stations.audit;

/**
 * What happened, to what, and how it ended. {@code summary} carries the before/after of a state
 * change in a short human-readable form. {@code actor} may be null: the signed-in user is taken.
 */
public record AuditRecord(String actor, String action, String objectType, String objectId,
                          AuditOutcome outcome, String summary) {

    public static AuditRecord success(String action, String objectType, Object objectId, String summary) {
        return new AuditRecord(null, action, objectType, idOf(objectId), AuditOutcome.SUCCESS, summary);
    }

    public static AuditRecord of(String actor, String action, AuditOutcome outcome, String summary) {
        return new AuditRecord(actor, action, null, null, outcome, summary);
    }

    private static String idOf(Object id) {
        return id == null ? null : id.toString();
    }
}
