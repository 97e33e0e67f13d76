package cn.quzhou.stations.organisation;

import java.time.Instant;
import java.util.Set;

/** A line of the account list: roles and the bound unit's name read with the row, the lock as of the query. */
public record AccountRow(long id, String username, String displayName, boolean enabled, Set<Role> roles,
                         String unitName, Instant lockedUntil) {

    public boolean locked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
