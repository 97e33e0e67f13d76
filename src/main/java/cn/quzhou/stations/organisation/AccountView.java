package cn.quzhou.stations.organisation;

import java.time.Instant;
import java.util.Set;

/** An account as administrators see it; {@code email} is masked (z***@example.com): they replace it, never read it. */
public record AccountView(long id, String username, String displayName, boolean enabled, Set<Role> roles,
                          Long hostUnitId, Long jurisdictionId, Long expertId, Long societyId,
                          boolean oidcLinked, Instant lockedUntil, String email) {

    public boolean locked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
