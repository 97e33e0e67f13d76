package cn.quzhou.stations.organisation.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a session may stand (等保三级): administrators go idle sooner than everyone else, and no session
 * lives longer than {@code absoluteLifetime}, however busy. Everyone else's idle timeout is
 * {@code server.servlet.session.timeout}.
 *
 * @param adminIdleTimeout idle timeout of the three administrators
 * @param absoluteLifetime longest a sign-in lasts, counted from the sign-in
 */
@ConfigurationProperties("platform.security.session")
record SessionPolicy(Duration adminIdleTimeout, Duration absoluteLifetime) {

    SessionPolicy {
        adminIdleTimeout = adminIdleTimeout == null ? Duration.ofMinutes(15) : adminIdleTimeout;
        absoluteLifetime = absoluteLifetime == null ? Duration.ofHours(12) : absoluteLifetime;
    }
}
