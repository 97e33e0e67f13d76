package cn.quzhou.stations.organisation;

import cn.quzhou.stations.shared.Labels;
import java.util.Arrays;
import java.util.List;

/**
 * The actors of DOMAIN.md §3. Which permissions a role carries is data (table role_permission);
 * whether it is an administrator role and how far it sees are properties of the role itself.
 */
@Labels("role")
public enum Role {
    APPLICANT(false, ScopeKind.UNIT),
    COUNTY_CAST(false, ScopeKind.JURISDICTION),
    COUNTY_TALENT(false, ScopeKind.JURISDICTION),
    CITY_CAST(false, ScopeKind.ALL),
    CITY_TALENT(false, ScopeKind.ALL),
    EXPERT(false, ScopeKind.ASSIGNED),
    SOCIETY_CONTACT(false, ScopeKind.SOCIETY),
    SYSTEM_ADMIN(true, ScopeKind.NONE),
    SECURITY_ADMIN(true, ScopeKind.NONE),
    AUDIT_ADMIN(true, ScopeKind.NONE);

    private final boolean admin;
    private final ScopeKind scope;

    Role(boolean admin, ScopeKind scope) {
        this.admin = admin;
        this.scope = scope;
    }

    /** 三员分立: an administrator role is held alone. */
    public boolean isAdmin() {
        return admin;
    }

    public ScopeKind scope() {
        return scope;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static List<Role> administrators() {
        return Arrays.stream(values()).filter(Role::isAdmin).toList();
    }

    /** How far a role sees records that belong to host units. */
    public enum ScopeKind {
        ALL, JURISDICTION, UNIT, ASSIGNED, SOCIETY, NONE
    }
}
