package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns an account into the signed-in {@link PlatformUser}, with its permissions read from role_permission. */
@Component
class PlatformUsers implements UserDetailsService {

    private final AccountRepository accounts;
    private final java.time.Clock clock;
    private final java.time.Duration adminPasswordMaxAge;

    PlatformUsers(AccountRepository accounts, java.time.Clock clock,
                  @org.springframework.beans.factory.annotation.Value("${platform.security.admin-password-max-age:90d}")
                  java.time.Duration adminPasswordMaxAge) {
        this.accounts = accounts;
        this.clock = clock;
        this.adminPasswordMaxAge = adminPasswordMaxAge;
    }

    /**
     * 等保: an administrator's password expires ({@code platform.security.admin-password-max-age}, 90 days by
     * default); an expired one signs in only to the forced change, like a temporary one.
     */
    boolean passwordExpired(Account a) {
        return a.getRoles().stream().anyMatch(Role::isAdmin) && a.getPasswordChangedAt() != null
                && !a.getPasswordChangedAt().plus(adminPasswordMaxAge).isAfter(clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public PlatformUser loadUserByUsername(String username) {
        return accounts.findByUsername(Account.normalise(username))
                .filter(a -> a.getPasswordHash() != null)
                .map(a -> toUser(a, null))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    PlatformUser toUser(Account a, OidcIdToken idToken) {
        Set<Role> roles = a.getRoles();
        Set<String> permissions = roles.isEmpty() ? Set.of()
                : accounts.permissionsOf(roles.stream().map(Role::name).collect(Collectors.toSet()));
        return PlatformUser.builder(a.getId(), a.getUsername())
                .displayName(a.getDisplayName())
                .passwordHash(a.getPasswordHash())
                .enabled(a.isEnabled())
                .mustChangePassword(a.isMustChangePassword() || passwordExpired(a))
                .roles(roles)
                .permissions(permissions)
                .hostUnitId(a.getHostUnitId())
                .jurisdictionId(a.getJurisdictionId())
                .expertId(a.getExpertId())
                .societyId(a.getSocietyId())
                .idToken(idToken)
                .securityStamp(a.getSecurityStamp())
                .build();
    }
}
