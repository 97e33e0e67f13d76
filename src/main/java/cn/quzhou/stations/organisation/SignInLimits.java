package cn.quzhou.stations.organisation;

import cn.quzhou.stations.shared.OpenEntry;
import java.time.Duration;

/** The sign-in throttle's settings, which the sign-in page states to everyone: no secret, so no permission. */
@OpenEntry(value = OpenEntry.Audience.PUBLIC, why = "the throttle settings the sign-in page states to everyone")
public interface SignInLimits {

    int maxFailures();

    Duration lockDuration();
}
