package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.organisation.Role;
import java.util.Set;

/** Who acts on an application, and as which office (the text of the opinion box's seal line). */
public record Actor(long accountId, String name, String office, Set<Role> roles, Long jurisdictionId) {
}
