package cn.quzhou.stations.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audit row as a person reads it: the operation and the object named in the user's language, the actor with
 * display name and roles, a link to the object where it has a page, and before → after as separate changes.
 * {@code objectId} is null where a raw id would mean nothing to the reader (a stored file's id).
 */
public record AuditLine(long id, Instant occurredAt, String actor, String actorName, String actorRoles, String ip,
                        String action, String actionName, String objectType, String objectName, String objectId,
                        String link, AuditOutcome outcome, String outcomeName, List<Change> changes, String note) {

    /** One changed field: its label, the value before and after (personal data already masked when recorded). */
    public record Change(String field, String before, String after) {
    }

    /** The actor as one text: "张三（市科协） city-cast", or just the user name when the account is unknown. */
    public String actorText() {
        if (actorName == null) {
            return actor;
        }
        return actorName + (actorRoles == null || actorRoles.isEmpty() ? "" : "（" + actorRoles + "）") + " " + actor;
    }

    /** The object as one text: "申报 12", "请求", or nothing. */
    public String objectText() {
        if (objectName == null) {
            return null;
        }
        return objectId == null ? objectName : objectName + " " + objectId;
    }

    /** Before → after as one text per change, or the note when the row records no field changes. */
    public String summaryText() {
        if (changes.isEmpty()) {
            return note;
        }
        StringBuilder out = new StringBuilder();
        for (Change c : changes) {
            out.append(out.isEmpty() ? "" : "；").append(c.field()).append("：").append(c.before()).append(" → ")
                    .append(c.after());
        }
        return out.toString();
    }
}
