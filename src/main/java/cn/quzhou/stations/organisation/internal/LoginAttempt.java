package cn.quzhou.stations.organisation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins for one user name — known or unknown, so that the answer never tells them apart.
 * After {@code maxFailures} failures the name is locked for {@code lockDuration}; failures older
 * than the lock duration are forgotten.
 */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt {

    @Id
    private String username;
    private int failures;
    private Instant lastFailureAt;
    private Instant lockedUntil;

    protected LoginAttempt() {
    }

    public LoginAttempt(String username) {
        this.username = username;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Records a failure and answers whether the name is now locked. */
    public boolean recordFailure(Instant now, int maxFailures, Duration lockDuration) {
        if (isLockedAt(now)) {
            return true;
        }
        boolean stale = lastFailureAt != null && !now.isBefore(lastFailureAt.plus(lockDuration));
        if (stale || lockedUntil != null) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockDuration);
        }
        return lockedUntil != null;
    }

    public String getUsername() { return username; }
    public int getFailures() { return failures; }
    public Instant getLockedUntil() { return lockedUntil; }
}
