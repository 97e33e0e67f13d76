package cn.quzhou.stations.organisation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins per user name and locks the name after too many. */
@Component
public class LoginThrottle {

    private final LoginAttemptRepository attempts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginThrottle(LoginAttemptRepository attempts, Clock clock,
                  @Value("${platform.security.max-failures:5}") int maxFailures,
                  @Value("${platform.security.lock-duration:15m}") Duration lockDuration) {
        this.attempts = attempts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        return attempts.findById(Account.normalise(username)).map(a -> a.isLockedAt(now())).orElse(false);
    }

    /** Records one failure and answers whether the name is now locked. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String username) {
        String name = Account.normalise(username);
        attempts.ensureExists(name);
        LoginAttempt attempt = attempts.lockByUsername(name).orElseThrow();
        return attempt.recordFailure(now(), maxFailures, lockDuration);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reset(String username) {
        attempts.deleteById(Account.normalise(username));
    }

    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = now();
        return attempts.findById(Account.normalise(username)).filter(a -> a.isLockedAt(now))
                .map(LoginAttempt::getLockedUntil);
    }

    /** PostgreSQL keeps microseconds: compare with what is stored, not with nanoseconds it rounds away. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lockDuration() {
        return lockDuration;
    }
}
