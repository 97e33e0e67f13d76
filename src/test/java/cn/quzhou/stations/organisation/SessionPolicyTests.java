package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.SessionBrowser;
import cn.quzhou.stations.testsupport.SessionBrowser.Instance;
import cn.quzhou.stations.testsupport.World;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 等保三级 session policy, on the platform's clock: administrators idle out after 15 minutes, nobody's sign-in lasts 12 hours. */
class SessionPolicyTests extends PlatformTest {

    @Autowired
    Accounts accounts;

    private Instant clockBefore;

    @BeforeEach
    void world() {
        world.ensure();
        clockBefore = clock.instant();
    }

    @AfterEach
    void clockBack() {
        clock.set(clockBefore);
    }

    private Instance platform() {
        return Instance.direct(port);
    }

    @Test
    void anAdministratorsSessionEndsAfterFifteenIdleMinutes() throws Exception {
        var browser = signedIn(account("admin-idle", Role.AUDIT_ADMIN));
        clock.advance(Duration.ofMinutes(14));
        assertThat(browser.get(platform(), "/").statusCode()).as("14 idle minutes").isEqualTo(200);
        clock.advance(Duration.ofMinutes(14));
        assertThat(browser.get(platform(), "/").statusCode()).as("busy: idle time counts from the last request").isEqualTo(200);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertSentToSignIn(browser.get(platform(), "/"));
    }

    @Test
    void anOfficialsSessionIdlesOutAfterTheCommonThirtyMinutesNotFifteen() throws Exception {
        var browser = signedIn(account("official-idle", Role.CITY_TALENT));
        clock.advance(Duration.ofMinutes(16));
        assertThat(browser.get(platform(), "/").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(30).plusSeconds(1));
        assertSentToSignIn(browser.get(platform(), "/"));
    }

    @Test
    void noSignInLastsLongerThanTwelveHoursHoweverBusy() throws Exception {
        var browser = signedIn(account("lifetime", Role.CITY_TALENT));
        Duration step = Duration.ofMinutes(25);
        Duration elapsed = Duration.ZERO;
        while (elapsed.plus(step).compareTo(Duration.ofHours(12)) < 0) {
            clock.advance(step);
            elapsed = elapsed.plus(step);
            assertThat(browser.get(platform(), "/").statusCode()).as("after %s", elapsed).isEqualTo(200);
        }
        clock.advance(step);
        assertSentToSignIn(browser.get(platform(), "/"));
    }

    @Test
    void signingOutAsksTheBrowserToClearWhatThePagesLeft() throws Exception {
        var browser = signedIn(account("signout", Role.CITY_TALENT));
        HttpResponse<String> out = browser.submit(platform(), "/", "/logout", Map.of());
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(out.headers().firstValue("Clear-Site-Data")).hasValue("\"cache\", \"cookies\", \"storage\"");
        assertSentToSignIn(browser.get(platform(), "/"));
    }

    private String account(String prefix, Role role) {
        var account = world.freshAccount(prefix, null, null);
        as(world.user(Role.SECURITY_ADMIN), () -> { accounts.grant(account.getId(), role); return null; });
        return account.getUsername();
    }

    private SessionBrowser signedIn(String username) throws Exception {
        var browser = new SessionBrowser();
        assertThat(browser.signIn(platform(), username, World.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(browser.get(platform(), "/").statusCode()).isEqualTo(200);
        return browser;
    }

    private static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
