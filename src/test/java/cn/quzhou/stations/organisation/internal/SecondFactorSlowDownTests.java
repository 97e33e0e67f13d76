package cn.quzhou.stations.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.organisation.EnrolmentOffer;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The code step obeys the same per-address slow-down as the password step: an address that keeps failing
 * must wait before its next code is even looked at (so guessing six digits from one address is no faster
 * than guessing passwords), and a code not looked at is not counted. The test profile slows nobody down,
 * so the step runs here with a strict throttle of its own.
 */
class SecondFactorSlowDownTests extends PlatformTest {

    @Autowired
    SecondFactorService factors;

    @Autowired
    SignInAudit signIn;

    @Autowired
    PlatformUsers users;

    @Autowired
    AuditLog audit;

    @Autowired
    LoginAttemptRepository attempts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anAddressThatMustWaitHasItsCodeRefusedUnreadUntilTheWaitIsOver() throws Exception {
        world.ensure();
        LoginThrottle strict = new LoginThrottle(attempts, jdbc, clock, transactions, 5, Duration.ofMinutes(15), 3,
                Duration.ofSeconds(8));
        SecondFactorSignIn step = new SecondFactorSignIn(factors, signIn, users, strict, audit, clock);
        String address = "198.51.100." + (System.nanoTime() % 200 + 1);
        Account official = world.freshAccount("slowcode", null, null);
        EnrolmentOffer offer = factors.offer(official.getUsername());
        byte[] secret = Base32.decode(offer.secret());
        factors.enrol(official.getId(), offer, Totp.code(secret, Totp.step(clock.instant()))).orElseThrow();
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        for (int i = 1; i <= 3; i++) {
            strict.recordFailure("guess" + i, address);
        }
        MockHttpServletRequest request = pendingSignIn(official, address);

        String right = Totp.code(secret, Totp.step(clock.instant()));
        assertThat(step.submitCode(request, new MockHttpServletResponse(), right))
                .isEqualTo(SecondFactorSignIn.Outcome.SLOW);
        assertThat(step.pending(request)).as("the sign-in still awaits its code").isPresent();
        assertThat(strict.waitFor(address)).as("an unread code is not counted: still the first wait")
                .contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(step.submitCode(request, new MockHttpServletResponse(), right))
                .isEqualTo(SecondFactorSignIn.Outcome.SIGNED_IN);
    }

    private MockHttpServletRequest pendingSignIn(Account official, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login/second-factor");
        request.setRemoteAddr(address);
        long stamp = users.loadUserByUsername(official.getUsername()).securityStamp();
        request.getSession().setAttribute(SecondFactorSignIn.PENDING, new SecondFactorSignIn.Pending(
                official.getId(), official.getUsername(), false, clock.instant(), stamp));
        return request;
    }
}
