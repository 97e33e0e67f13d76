package cn.quzhou.stations.organisation;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in account, whether it came through the local form or the OIDC (legal-person) login.
 * It carries the account's roles, permission strings and bindings (unit, jurisdiction, expert,
 * society), from which {@link #scope()} is derived.
 */
public final class PlatformUser implements UserDetails, OidcUser, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final Set<Role> roles;
    private final Set<String> permissions;
    private final Long hostUnitId;
    private final Long jurisdictionId;
    private final Long expertId;
    private final Long societyId;
    private final OidcIdToken idToken;
    private final long securityStamp;

    PlatformUser(Builder b) {
        this.accountId = b.accountId;
        this.username = b.username;
        this.displayName = b.displayName;
        this.passwordHash = b.passwordHash;
        this.enabled = b.enabled;
        this.mustChangePassword = b.mustChangePassword;
        this.roles = b.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(b.roles);
        this.permissions = Set.copyOf(b.permissions);
        this.hostUnitId = b.hostUnitId;
        this.jurisdictionId = b.jurisdictionId;
        this.expertId = b.expertId;
        this.societyId = b.societyId;
        this.idToken = b.idToken;
        this.securityStamp = b.securityStamp;
    }

    /** The signed-in user of the current request or thread; fails when nobody is signed in. */
    public static PlatformUser current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PlatformUser user) {
            return user;
        }
        throw new IllegalStateException("no signed-in platform user");
    }

    /**
     * Runs {@code action} signed in as {@code user} on this thread, then restores whoever was signed
     * in before: for work the platform does on someone's behalf (demo data, fixtures).
     */
    public static <T> T runAs(PlatformUser user, java.util.function.Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The broadest scope among the account's roles, given its bindings. */
    public DataScope scope() {
        if (roles.stream().anyMatch(r -> r.scope() == Role.ScopeKind.ALL)) {
            return new DataScope.All();
        }
        if (jurisdictionId != null && roles.stream().anyMatch(r -> r.scope() == Role.ScopeKind.JURISDICTION)) {
            return new DataScope.OfJurisdiction(jurisdictionId);
        }
        if (hostUnitId != null && roles.contains(Role.APPLICANT)) {
            return new DataScope.OfUnit(hostUnitId);
        }
        if (societyId != null && roles.contains(Role.SOCIETY_CONTACT)) {
            return new DataScope.OfSociety(societyId);
        }
        return new DataScope.Nothing();
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public Set<String> permissions() {
        return permissions;
    }

    public Long hostUnitId() {
        return hostUnitId;
    }

    public Long jurisdictionId() {
        return jurisdictionId;
    }

    public Long expertId() {
        return expertId;
    }

    public Long societyId() {
        return societyId;
    }

    /** The account's security stamp when it was loaded: a session signed in under an older one has ended. */
    public long securityStamp() {
        return securityStamp;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Set<GrantedAuthority> all = new LinkedHashSet<>();
        roles.forEach(r -> all.add(new SimpleGrantedAuthority(r.authority())));
        permissions.forEach(p -> all.add(new SimpleGrantedAuthority(p)));
        return all;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken == null ? Map.of() : idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlatformUser other && other.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "PlatformUser[" + username + ", " + roles + "]";
    }

    public static Builder builder(long accountId, String username) {
        return new Builder(accountId, username);
    }

    /** Builds a user; used by the sign-in services and by tests that act as a given role. */
    public static final class Builder {
        private final long accountId;
        private final String username;
        private String displayName;
        private String passwordHash;
        private boolean enabled = true;
        private boolean mustChangePassword;
        private Set<Role> roles = Set.of();
        private Set<String> permissions = Set.of();
        private Long hostUnitId;
        private Long jurisdictionId;
        private Long expertId;
        private Long societyId;
        private OidcIdToken idToken;
        private long securityStamp;

        private Builder(long accountId, String username) {
            this.accountId = accountId;
            this.username = username;
            this.displayName = username;
        }

        public Builder displayName(String v) { displayName = v; return this; }
        public Builder passwordHash(String v) { passwordHash = v; return this; }
        public Builder enabled(boolean v) { enabled = v; return this; }
        public Builder mustChangePassword(boolean v) { mustChangePassword = v; return this; }
        public Builder roles(Set<Role> v) { roles = v; return this; }
        public Builder permissions(Set<String> v) { permissions = v; return this; }
        public Builder hostUnitId(Long v) { hostUnitId = v; return this; }
        public Builder jurisdictionId(Long v) { jurisdictionId = v; return this; }
        public Builder expertId(Long v) { expertId = v; return this; }
        public Builder societyId(Long v) { societyId = v; return this; }
        public Builder idToken(OidcIdToken v) { idToken = v; return this; }
        public Builder securityStamp(long v) { securityStamp = v; return this; }

        public PlatformUser build() {
            return new PlatformUser(this);
        }
    }
}
