package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.organisation.Role;
import java.util.Set;

/**
 * Who acts on an application, and as which office (the text of the opinion box's seal line) with
 * the office's seal image, if it has uploaded one; the unit the account is bound to (null for an
 * office) lets the route refuse anyone acting on their own unit's application.
 */
public record Actor(long accountId, String name, String office, Set<Role> roles, Long jurisdictionId,
                    java.util.UUID sealFileId, Long hostUnitId) {
}
