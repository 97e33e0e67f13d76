package cn.quzhou.stations.organisation;

import java.time.Instant;

/** A pending reset of an administrator's password, as the approving administrator sees it. */
public record ResetRequestView(long id, long accountId, String username, String requestedBy, Instant requestedAt) {
}
