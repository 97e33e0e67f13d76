package cn.quzhou.stations.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Lock-out keyed by user name AND client address, the per-address slow-down, and names cleaned of control characters
 * before they reach the audit (issue #10 §6).
 */
class LoginAddressTests extends PlatformTest {

    @Autowired
    LoginAttemptRepository attempts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformUsers users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void failuresFromOneAddressDoNotLockTheAccountForAnother() throws Exception {
        world.ensure();
        String name = world.freshAccount("official", null, null).getUsername();
        for (int i = 0; i < throttle.maxFailures(); i++) {
            assertThat(signIn(name, "Wrong@2026pass", "203.0.113.7")).isEqualTo(signInResultAt(i));
        }
        assertThat(signIn(name, World.PASSWORD, "203.0.113.7")).as("locked where the attacker is")
                .isEqualTo("/login?error=locked");
        assertThat(signIn(name, World.PASSWORD, "192.0.2.44")).as("the official signs in from the office")
                .isEqualTo("/");
        assertThat(throttle.isLocked(name, "192.0.2.44")).isFalse();
        assertThat(throttle.lockedUntil(name)).as("the administrators still see the lock").isPresent();
    }

    /** The attacker's answers: wrong password until the last failure, which locks. */
    private String signInResultAt(int failure) {
        return failure == throttle.maxFailures() - 1 ? "/login?error=locked" : "/login?error=credentials";
    }

    @Test
    void anAddressThatKeepsFailingMustWaitLongerEachTimeWhateverNameItTries() {
        world.ensure();
        LoginThrottle strict = new LoginThrottle(attempts, jdbc, clock, transactions, 5, Duration.ofMinutes(15), 3,
                Duration.ofSeconds(8));
        String address = "198.51.100." + (System.nanoTime() % 200 + 1);
        String other = "198.51.100.250";
        String name = world.freshAccount("slowed", null, null).getUsername();
        var provider = provider(strict);
        java.util.function.Consumer<String> fail = guess -> strict.recordFailure(guess, address);
        java.util.function.Function<UsernamePasswordAuthenticationToken, org.springframework.security.core.Authentication>
                authenticate = provider::authenticate;

        for (int i = 1; i <= 2; i++) {
            fail.accept("guess" + i);
            assertThat(strict.waitFor(address)).as("failure %d is free", i).isEmpty();
        }
        fail.accept("guess3");
        assertThat(strict.waitFor(address)).contains(Duration.ofSeconds(1));
        assertThatThrownBy(() -> authenticate.apply(attempt(name, World.PASSWORD, address)))
                .as("inside the wait even the right password is not looked at").isInstanceOf(SlowDownException.class);
        assertThat(authenticate.apply(attempt(name, World.PASSWORD, other)).isAuthenticated())
                .as("another address is not slowed").isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(strict.waitFor(address)).isEmpty();
        assertThatThrownBy(() -> authenticate.apply(attempt(name, "Wrong@2026pass", address)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(strict.waitFor(address)).as("the 4th failure doubles the wait").contains(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        for (int i = 5; i <= 9; i++) {
            fail.accept("guess" + i);
        }
        assertThat(strict.waitFor(address)).as("capped").contains(Duration.ofSeconds(8));
        assertThat(strict.isLocked(name, address)).as("the slow-down locks no name").isFalse();

        clock.advance(Duration.ofMinutes(16));
        fail.accept("later");
        assertThat(strict.waitFor(address)).as("old failures are forgotten after the lock duration").isEmpty();
    }

    @Test
    void controlCharactersTypedIntoTheNameNeverReachTheAudit() throws Exception {
        String typed = "a\r\nb" + System.nanoTime() % 100000 + "\u202e\t";
        String expected = Account.normalise(typed);
        assertThat(expected).doesNotContain("\r", "\n", "\t", "\u202e").startsWith("ab");
        signIn(typed, "Wrong@2026pass", "203.0.113.9");
        assertThat(jdbc.sql("select actor from audit_event where action = 'signin' and actor like ? order by id desc limit 1")
                .param(expected).query(String.class).single()).isEqualTo(expected);
        assertThat(jdbc.sql("select count(*) from audit_event where actor ~ '[[:cntrl:]]'").query(Long.class).single())
                .isZero();
    }

    private String signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password)
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private ThrottledAuthenticationProvider provider(LoginThrottle strict) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(dao, strict);
    }

    private static UsernamePasswordAuthenticationToken attempt(String name, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}
