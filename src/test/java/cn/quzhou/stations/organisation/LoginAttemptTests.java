package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.organisation.internal.LoginAttempt;
import cn.quzhou.stations.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Lock-out and unlock, driven by an injected clock — no sleeping. */
class LoginAttemptTests {

    private static final int MAX = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC);
    private final LoginAttempt attempt = new LoginAttempt("someone");

    @Test
    void locksAfterTheFifthFailure() {
        for (int i = 1; i < MAX; i++) {
            assertThat(attempt.recordFailure(clock.instant(), MAX, LOCK)).as("failure %d", i).isFalse();
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(attempt.recordFailure(clock.instant(), MAX, LOCK)).isTrue();
        assertThat(attempt.isLockedAt(clock.instant())).isTrue();
    }

    @Test
    void staysLockedForFifteenMinutesThenUnlocks() {
        lockNow();
        clock.advance(LOCK.minusSeconds(1));
        assertThat(attempt.isLockedAt(clock.instant())).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempt.isLockedAt(clock.instant())).isFalse();
    }

    @Test
    void afterTheLockExpiresCountingStartsAgain() {
        lockNow();
        clock.advance(LOCK);
        assertThat(attempt.recordFailure(clock.instant(), MAX, LOCK)).isFalse();
        assertThat(attempt.getFailures()).isEqualTo(1);
    }

    @Test
    void failuresOlderThanTheLockDurationAreForgotten() {
        for (int i = 0; i < MAX - 1; i++) {
            attempt.recordFailure(clock.instant(), MAX, LOCK);
        }
        clock.advance(LOCK.plusMinutes(1));
        assertThat(attempt.recordFailure(clock.instant(), MAX, LOCK)).isFalse();
        assertThat(attempt.getFailures()).isEqualTo(1);
    }

    @Test
    void aFailureWhileLockedDoesNotExtendTheLock() {
        lockNow();
        Instant until = attempt.getLockedUntil();
        clock.advance(Duration.ofMinutes(5));
        assertThat(attempt.recordFailure(clock.instant(), MAX, LOCK)).isTrue();
        assertThat(attempt.getLockedUntil()).isEqualTo(until);
    }

    private void lockNow() {
        for (int i = 0; i < MAX; i++) {
            attempt.recordFailure(clock.instant(), MAX, LOCK);
        }
        assertThat(attempt.isLockedAt(clock.instant())).isTrue();
    }
}
