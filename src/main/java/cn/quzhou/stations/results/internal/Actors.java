package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.organisation.PlatformUser;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who acts: the signed-in user, or "system" for scheduled jobs and listeners with nobody signed in. */
public final class Actors {

    public static final String SYSTEM = "system";

    private Actors() {
    }

    public static String current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PlatformUser u ? u.getUsername() : SYSTEM;
    }
}
