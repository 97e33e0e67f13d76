package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.audit.AuditQuery;
import cn.quzhou.stations.audit.AuditTrail;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.SecondInstance;
import cn.quzhou.stations.testsupport.SessionBrowser;
import cn.quzhou.stations.testsupport.SessionBrowser.Instance;
import cn.quzhou.stations.testsupport.World;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Sessions follow the account on every instance: the shared test context is instance A, reached directly; a
 * second context on the same database is instance B, behind a TLS proxy that requires https. A browser's
 * session lives in the database, so either instance serves it, and either instance ends it.
 */
class SessionsAcrossInstancesTests extends PlatformTest {

    private static SecondInstance second;

    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail auditTrail;

    private Instant clockBefore;

    @BeforeEach
    void twoInstances() {
        world.ensure();
        if (second == null) {
            second = SecondInstance.start(dataSource, environment, Map.of(
                    "server.forward-headers-strategy", "native", "platform.security.require-https", true));
        }
        // instance B runs on the system clock; the instances' clocks agree, as NTP-synchronised servers' do
        clockBefore = clock.set(Instant.now());
    }

    @AfterEach
    void clockBack() {
        clock.set(clockBefore);
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    private Instance a() {
        return Instance.direct(port);
    }

    private Instance b() {
        return Instance.behindTlsProxy(second.port());
    }

    @Test
    void aSessionSignedInOnOneInstanceIsServedByTheOther() throws Exception {
        var account = official("both");
        var browser = new SessionBrowser();
        assertThat(browser.signIn(b(), account.username(), World.PASSWORD).headers().firstValue("Location"))
                .hasValue("https://stations.example.cn/");
        assertThat(browser.get(a(), "/").statusCode()).isEqualTo(200);
        assertThat(browser.get(b(), "/").statusCode()).isEqualTo(200);
    }

    /** What an administrator does to an account; each ends every session of it, on both instances. */
    enum Change {
        DISABLE, GRANT_ROLE, REVOKE_ROLE, RESET_PASSWORD, SIGN_OUT_EVERYWHERE
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void aChangeToTheAccountEndsItsSessionsOnEveryInstanceAtTheirNextRequest(Change change) throws Exception {
        // a grant starts from an account holding no role, so that no separation-of-duties rule has a say
        var account = change == Change.GRANT_ROLE ? withoutRole("change") : official("change");
        var onA = signedIn(a(), account);
        var onB = signedIn(b(), account);
        var bystander = signedIn(a(), official("bystander"));

        apply(change, account.id());

        assertSentToSignIn(onA.get(a(), "/"));
        assertSentToSignIn(onB.get(b(), "/"));
        assertThat(bystander.get(b(), "/").statusCode()).as("another account's session stands").isEqualTo(200);
    }

    /**
     * The race the stamp is for: a sign-in that read the account just before a change stores its session just after
     * the change deleted the account's sessions. Here the stored sessions survive and only the stamp moves.
     */
    @Test
    void aSessionSignedInUnderAnOlderSecurityStampEndsEvenIfItsStoredSessionSurvived() throws Exception {
        var account = official("stamp");
        var onA = signedIn(a(), account);
        var onB = signedIn(b(), account);
        var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(dataSource);
        jdbc.sql("update account set security_stamp = security_stamp + 1 where id = :id").param("id", account.id()).update();
        assertThat(jdbc.sql("select count(*) from online_session where account_id = :id").param("id", account.id())
                .query(Integer.class).single()).isEqualTo(2);
        assertSentToSignIn(onA.get(b(), "/"));
        assertSentToSignIn(onB.get(a(), "/"));
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        var account = official("ownpw");
        var changing = signedIn(a(), account);
        var other = signedIn(b(), account);
        String newPassword = "Zx9!vQ7#mTp2Lw";
        var answer = changing.submit(a(), "/account/password", "/account/password", Map.of("currentPassword", World.PASSWORD,
                "newPassword", newPassword, "confirmPassword", newPassword));
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(changing.get(b(), "/").statusCode()).as("the browser that changed it").isEqualTo(200);
        assertSentToSignIn(other.get(b(), "/"));
    }

    @Test
    void aSessionEndedOnOneInstanceIsNotRevivedByTheOtherOne() throws Exception {
        var account = official("revive");
        var browser = signedIn(b(), account);
        apply(Change.REVOKE_ROLE, account.id());
        assertSentToSignIn(browser.get(a(), "/"));
        assertSentToSignIn(browser.get(b(), "/"));
    }

    @Test
    void signingInAgainAfterARoleChangeGivesANewSessionWithTheNewRights() throws Exception {
        var account = official("rotate");
        var browser = signedIn(a(), account);
        String before = browser.cookie("SESSION");
        assertThat(browser.get(a(), "/admin/accounts").statusCode()).isEqualTo(403);

        as(world.user(Role.SECURITY_ADMIN), () -> { accounts.revoke(account.id(), Role.CITY_TALENT); return null; });
        as(world.user(Role.SECURITY_ADMIN), () -> { accounts.grant(account.id(), Role.SYSTEM_ADMIN); return null; });
        assertSentToSignIn(browser.get(a(), "/"));

        browser.signIn(b(), account.username(), World.PASSWORD);
        assertThat(browser.cookie("SESSION")).isNotBlank().isNotEqualTo(before);
        assertThat(browser.get(a(), "/admin/accounts").statusCode()).isEqualTo(200);
    }

    @Test
    void theSecurityAdministratorSeesOnlineSessionsAndEndsOneWhichIsAudited() throws Exception {
        var account = official("online");
        var ended = signedIn(b(), account);
        var kept = signedIn(a(), account);
        var admin = signedIn(b(), new Named(0, world.username(Role.SECURITY_ADMIN)));

        String page = admin.get(b(), "/admin/sessions").body();
        var rows = Pattern.compile("data-session=\"([^\"]+)\" data-username=\"" + account.username() + "\"").matcher(page);
        assertThat(rows.results().count()).as("both browsers are listed").isEqualTo(2);
        assertThat(page).as("the client address the proxy forwarded").contains("203.0.113.7");
        String id = onlineSessionOf(ended);

        var answer = admin.submit(b(), "/admin/sessions", "/admin/sessions/" + id + "/end", Map.of());
        assertThat(answer.headers().firstValue("Location")).hasValue("https://stations.example.cn/admin/sessions");

        assertSentToSignIn(ended.get(a(), "/"));
        assertThat(kept.get(b(), "/").statusCode()).as("the account's other session stands").isEqualTo(200);
        assertThat(admin.get(b(), "/admin/sessions").body()).doesNotContain(id);
        var audit = as(world.user(Role.AUDIT_ADMIN), () -> auditTrail.search(
                new AuditQuery(world.username(Role.SECURITY_ADMIN), "session.end", "account", String.valueOf(account.id()),
                        null, null), 0, 10).entries());
        assertThat(audit).singleElement().satisfies(e -> assertThat(e.summary()).contains(account.username()));
    }

    @Test
    void onlyTheSecurityAdministratorSeesOrEndsSessions() throws Exception {
        for (Role role : new Role[] {Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN, Role.CITY_CAST}) {
            var browser = signedIn(a(), new Named(0, world.username(role)));
            assertThat(browser.get(a(), "/admin/sessions").statusCode()).as(role.name()).isEqualTo(403);
        }
    }

    @Test
    void behindTheTlsProxyCookiesAreSecureHstsIsSentAndRedirectsStayOnHttps() throws Exception {
        var browser = new SessionBrowser();
        HttpResponse<String> login = browser.get(b(), "/login");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("SESSION=")
                .contains("; Secure").contains("HttpOnly"));
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(h -> assertThat(h)
                .contains("max-age="));
        assertThat(browser.get(b(), "/units").headers().firstValue("Location"))
                .hasValue("https://stations.example.cn/login");
    }

    @Test
    void withoutForwardedHeadersConfiguredTheProxyHeaderIsNotBelieved() throws Exception {
        var forged = new Instance(a().base(), Map.of("X-Forwarded-Proto", "https"));
        HttpResponse<String> login = new SessionBrowser().get(forged, "/login");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(login.headers().allValues("Set-Cookie")).noneSatisfy(c -> assertThat(c).contains("Secure"));
    }

    @Test
    void whereHttpsIsRequiredPlainHttpIsRefusedWithAClearAnswer() throws Exception {
        var plain = Instance.direct(second.port());
        var browser = new SessionBrowser();
        HttpResponse<String> page = browser.get(plain, "/login");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("请使用 HTTPS 访问").contains("https://");
        assertThat(browser.cookie("SESSION")).as("no session is started over plain http").isNull();

        HttpResponse<String> api = browser.getJson(plain, "/api/stations");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body()).contains("HTTPS");

        assertThat(browser.getJson(plain, "/actuator/health").statusCode()).as("the load balancer's health check").isEqualTo(200);
    }

    // --- helpers

    record Named(long id, String username) {
    }

    /** A fresh official holding CITY_TALENT (granted before any sign-in). */
    private Named official(String prefix) {
        var account = world.freshAccount(prefix, null, null);
        as(world.user(Role.SECURITY_ADMIN), () -> { accounts.grant(account.getId(), Role.CITY_TALENT); return null; });
        return new Named(account.getId(), account.getUsername());
    }

    private Named withoutRole(String prefix) {
        var account = world.freshAccount(prefix, null, null);
        return new Named(account.getId(), account.getUsername());
    }

    private SessionBrowser signedIn(Instance at, Named account) throws Exception {
        var browser = new SessionBrowser();
        assertThat(browser.signIn(at, account.username(), World.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(browser.get(at, "/").statusCode()).isEqualTo(200);
        return browser;
    }

    private void apply(Change change, long id) {
        Role who = change == Change.DISABLE ? Role.SYSTEM_ADMIN : Role.SECURITY_ADMIN;
        as(world.user(who), () -> {
            switch (change) {
                case DISABLE -> accounts.setEnabled(id, false);
                case GRANT_ROLE -> accounts.grant(id, Role.CITY_TALENT);
                case REVOKE_ROLE -> accounts.revoke(id, Role.CITY_TALENT);
                case RESET_PASSWORD -> accounts.resetPassword(id);
                case SIGN_OUT_EVERYWHERE -> accounts.signOutEverywhere(id);
            }
            return null;
        });
    }

    private static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    /** The 在线用户 row of {@code browser}'s session, found through its stored session id. */
    private String onlineSessionOf(SessionBrowser browser) {
        String sessionId = new String(java.util.Base64.getDecoder().decode(browser.cookie("SESSION")));
        return org.springframework.jdbc.core.simple.JdbcClient.create(dataSource)
                .sql("select id from online_session where session_id = :s").param("s", sessionId)
                .query(String.class).single();
    }
}
