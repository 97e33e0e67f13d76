package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.organisation.Role;
import java.util.Set;

/** Who acts on the route, as the aggregates check it: roles and bindings from the principal, and the office's name. */
public record Actor(long accountId, String name, String office, Set<Role> roles, Long jurisdictionId, Long hostUnitId) {

    /** The platform itself (the deadline job). */
    public static Actor system() {
        return new Actor(0, "系统", "学会服务站管理平台", Set.of(), null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
