package cn.quzhou.stations.organisation;

import java.time.Duration;

/** The sign-in throttle's settings, which the sign-in page states to everyone: no secret, so no permission. */
public interface SignInLimits {

    int maxFailures();

    Duration lockDuration();
}
