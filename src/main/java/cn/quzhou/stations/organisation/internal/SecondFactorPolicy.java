package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is asked for a second factor after the password. The roles that require it are configuration
 * ({@code platform.security.second-factor.roles}); an account that has enrolled is always asked (a
 * holder who chose the factor keeps it), and one whose factor was reset must enrol again.
 */
record SecondFactorPolicy(Set<Role> required) {

    enum Ask { NOTHING, CODE, ENROL }

    /** The account's second factor as stored. */
    enum State { NONE, ENROLLED, MUST_ENROL }

    /** Parses a comma-separated list of role names; blank means no role requires it. */
    static SecondFactorPolicy of(String roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles == null ? new String[0] : roles.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Role::valueOf).forEach(set::add);
        return new SecondFactorPolicy(Set.copyOf(set));
    }

    Ask ask(Set<Role> roles, State state) {
        return switch (state) {
            case ENROLLED -> Ask.CODE;
            case MUST_ENROL -> Ask.ENROL;
            case NONE -> roles.stream().anyMatch(required::contains) ? Ask.ENROL : Ask.NOTHING;
        };
    }

    /**
     * After the government identity provider (OIDC): it is an applicant's second factor, so a factor the holder chose
     * is not asked again; but an account that holds a role requiring the platform's own code gives it all the same.
     */
    Ask askAfterIdentityProvider(Set<Role> roles, State state) {
        return roles.stream().anyMatch(required::contains) ? ask(roles, state) : Ask.NOTHING;
    }
}
