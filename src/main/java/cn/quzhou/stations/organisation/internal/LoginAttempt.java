package cn.quzhou.stations.organisation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins for one user name from one client address — known or unknown names alike, so that the answer
 * never tells them apart; keyed by the address too, so failures from one place never lock the name elsewhere.
 * After {@code maxFailures} failures the name is locked for {@code lockDuration}; failures older
 * than the lock duration are forgotten.
 */
@Entity
@Table(name = "login_attempt")
@jakarta.persistence.IdClass(LoginAttempt.Key.class)
public class LoginAttempt {

    @Id
    private String username;
    @Id
    private String clientAddress;
    private int failures;
    private Instant lastFailureAt;
    private Instant lockedUntil;

    protected LoginAttempt() {
    }

    public LoginAttempt(String username) {
        this(username, "");
    }

    public LoginAttempt(String username, String clientAddress) {
        this.username = username;
        this.clientAddress = clientAddress;
    }

    /** The composite key (user name, client address). */
    public record Key(String username, String clientAddress) implements java.io.Serializable {
        public Key() {
            this(null, null);
        }
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
    public String getClientAddress() { return clientAddress; }
    public int getFailures() { return failures; }
    public Instant getLockedUntil() { return lockedUntil; }
}
