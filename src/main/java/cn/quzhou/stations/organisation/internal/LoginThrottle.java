package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.SignInLimits;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins, counted twice. Per user name <em>and</em> client address: after {@code max-failures} the name is
 * locked for that address only, so an attacker elsewhere cannot lock a known official out. Per client address,
 * whatever name it tries: after {@code slow-down-after} failures each further attempt from that address must wait a
 * delay that doubles with every failure (up to {@code slow-down-max}) — a CAPTCHA-free slow-down against guessing
 * many names from one place. An attempt inside the wait is refused unchecked (no thread sleeps on it).
 * Failures commit in transactions of their own (the sign-in that failed rolls back, its count must not), written as
 * templates rather than annotations so that a hand-made instance (tests with other limits) behaves the same.
 */
@Component
public class LoginThrottle implements SignInLimits {

    /** The width of {@code login_attempt.username} and {@code client_address}. */
    private static final int MAX_KEY = 64;

    private final LoginAttemptRepository attempts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;
    private final int slowDownAfter;
    private final Duration slowDownMax;
    private final TransactionTemplate own;
    private final TransactionTemplate reading;

    LoginThrottle(LoginAttemptRepository attempts, JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
                  @Value("${platform.security.max-failures:5}") int maxFailures,
                  @Value("${platform.security.lock-duration:15m}") Duration lockDuration,
                  @Value("${platform.security.slow-down-after:10}") int slowDownAfter,
                  @Value("${platform.security.slow-down-max:30s}") Duration slowDownMax) {
        this.attempts = attempts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.slowDownAfter = slowDownAfter;
        this.slowDownMax = slowDownMax;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
    }

    /** Whether the name is locked for attempts from {@code address}. */
    public boolean isLocked(String username, String address) {
        return Boolean.TRUE.equals(reading.execute(t -> attempts.findById(
                new LoginAttempt.Key(key(username), address(address))).map(a -> a.isLockedAt(now()))
                .orElse(false)));
    }

    /** How long {@code address} must still wait before its next attempt is looked at; empty when it may try now. */
    public Optional<Duration> waitFor(String address) {
        Instant now = now();
        return jdbc.sql("select failures, last_failure_at from login_address where client_address = ?")
                .param(address(address))
                .query((rs, i) -> new AddressFailures(rs.getInt(1), rs.getTimestamp(2).toInstant()))
                .optional()
                .filter(f -> f.last().plus(lockDuration).isAfter(now) && f.failures() > slowDownAfter - 1)
                .map(f -> f.last().plus(delayAfter(f.failures())))
                .filter(next -> next.isAfter(now))
                .map(next -> Duration.between(now, next));
    }

    /** 1 s after the {@code slow-down-after}-th failure, then 2, 4, 8 … seconds, at most {@code slow-down-max}. */
    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - slowDownAfter, 30);
        Duration d = Duration.ofSeconds(1L << Math.max(doublings, 0));
        return d.compareTo(slowDownMax) > 0 ? slowDownMax : d;
    }

    /** Records one failure of the name from {@code address} and answers whether the name is now locked there. */
    public boolean recordFailure(String username, String address) {
        return Boolean.TRUE.equals(own.execute(t -> failure(key(username), address(address), now())));
    }

    private boolean failure(String name, String from, Instant now) {
        jdbc.sql("""
                insert into login_address (client_address, failures, last_failure_at) values (?, 1, ?)
                on conflict (client_address) do update set
                  failures = case when login_address.last_failure_at <= ? then 1 else login_address.failures + 1 end,
                  last_failure_at = excluded.last_failure_at""")
                .params(from, Timestamp.from(now), Timestamp.from(now.minus(lockDuration))).update();
        attempts.ensureExists(name, from);
        LoginAttempt attempt = attempts.lock(name, from).orElseThrow();
        return attempt.recordFailure(now, maxFailures, lockDuration);
    }

    /** A successful sign-in clears the name's count for that address (the address's own count stays). */
    public void succeeded(String username, String address) {
        own.executeWithoutResult(t -> attempts.deleteByUsernameAndAddress(key(username), address(address)));
    }

    /** The security administrator's unlock (and a password reset): every address. */
    public void reset(String username) {
        own.executeWithoutResult(t -> attempts.deleteByUsername(key(username)));
    }

    /** Until when the name is locked from some address (the latest), for the administrators' account page. */
    public Optional<Instant> lockedUntil(String username) {
        Instant now = now();
        return reading.execute(t -> attempts.findByUsername(key(username)).stream()
                .filter(a -> a.isLockedAt(now)).map(LoginAttempt::getLockedUntil).max(Comparator.naturalOrder()));
    }

    /**
     * The key of a name: as stored ({@link Account#normalise}), cut to the 64 characters the table holds — a name
     * that long is no account's, but its failures are counted all the same (issue #18: it was a server error).
     */
    static String key(String username) {
        String name = Account.normalise(username);
        return name.length() > MAX_KEY ? name.substring(0, MAX_KEY) : name;
    }

    /** The key of an address: unknown ones share "" (a request without one is still counted). */
    static String address(String address) {
        if (address == null) {
            return "";
        }
        String a = address.strip();
        return a.length() > MAX_KEY ? a.substring(0, MAX_KEY) : a;
    }

    /** PostgreSQL keeps microseconds: compare with what is stored, not with nanoseconds it rounds away. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public int maxFailures() {
        return maxFailures;
    }

    @Override
    public Duration lockDuration() {
        return lockDuration;
    }

    private record AddressFailures(int failures, Instant last) {
    }
}
