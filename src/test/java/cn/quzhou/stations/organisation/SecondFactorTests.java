package cn.quzhou.stations.organisation;

import static cn.quzhou.stations.testsupport.HttpBrowser.csrfToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.organisation.internal.AccountProvisioning;
import cn.quzhou.stations.organisation.internal.Base32;
import cn.quzhou.stations.organisation.internal.LoginThrottle;
import cn.quzhou.stations.organisation.internal.SecondFactorService;
import cn.quzhou.stations.organisation.internal.Totp;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.testsupport.HttpBrowser;
import cn.quzhou.stations.testsupport.OidcProvider;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second factor at sign-in, through real sessions: a code from the injected clock gets an
 * enrolled official in, a replayed or wrong one reads like a wrong password and counts toward the
 * lock-out, a recovery code works once, an account that must enrol is led through enrolment before
 * anything else, and the security administrator's reset is audited. The test profile requires the
 * factor of no role, so each test enrols its own official (an enrolled account is always asked).
 */
class SecondFactorTests extends PlatformTest {

    @Autowired
    SecondFactorService factors;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountProvisioning provisioning;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    UserDetailsService users;

    private record Official(Account account, byte[] secret, List<String> recoveryCodes) {
        String username() {
            return account.getUsername();
        }
    }

    @BeforeEach
    void world() {
        world.ensure();
    }

    @Test
    void anEnrolledOfficialIsNotSignedInUntilTheCodeFromTheAuthenticatorIsGiven() throws Exception {
        Official official = enrolledCityOfficial();
        HttpBrowser browser = new HttpBrowser(baseUrl());
        assertThat(location(password(browser, official.username()))).endsWith("/login/second-factor");
        // the right password alone is no sign-in: the session is still anonymous
        assertThat(location(browser.get("/"))).endsWith("/login");

        assertSignedInBy(code(browser, currentCode(official)));
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("您好");
    }

    @Test
    void aReplayedCodeIsRefusedWithTheWrongPasswordMessageAndTheNextStepsCodeWorks() throws Exception {
        Official official = enrolledCityOfficial();
        String code = currentCode(official);
        HttpBrowser first = new HttpBrowser(baseUrl());
        password(first, official.username());
        assertSignedInBy(code(first, code));

        HttpBrowser second = new HttpBrowser(baseUrl());
        password(second, official.username());
        HttpResponse<String> replay = code(second, code);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains(wrongPassword());
        assertThat(location(second.get("/"))).endsWith("/login");

        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        assertSignedInBy(code(second, currentCode(official)));
    }

    @Test
    void aWrongCodeGetsTheWrongPasswordMessageAndARightPasswordDoesNotForgiveIt() throws Exception {
        Official official = enrolledCityOfficial();
        HttpBrowser browser = new HttpBrowser(baseUrl());
        password(browser, official.username());
        String wrong = wrongCode(official);
        for (int i = 1; i < throttle.maxFailures(); i++) {
            HttpResponse<String> answer = code(browser, wrong);
            assertThat(answer.statusCode()).as("attempt " + i).isEqualTo(200);
            assertThat(answer.body()).contains(wrongPassword());
        }
        // giving the right password again must not wipe the wrong codes
        assertThat(location(password(browser, official.username()))).endsWith("/login/second-factor");
        assertThat(location(code(browser, wrong))).endsWith("/login?error=locked");
        assertThat(throttle.isLocked(official.username(), "127.0.0.1")).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where actor = ? and action = 'signin'"
                        + " and outcome = 'FAILURE' and summary = 'wrong second factor code'")
                .param(official.username()).query(Long.class).single()).isEqualTo(throttle.maxFailures() - 1L);
        // locked: even the right code after the right password gets nowhere
        HttpBrowser later = new HttpBrowser(baseUrl());
        assertThat(location(password(later, official.username()))).endsWith("/login?error=locked");
    }

    @Test
    void anAccountDisabledBetweenThePasswordAndTheCodeIsNotSignedIn() throws Exception {
        Official official = enrolledCityOfficial();
        HttpBrowser browser = new HttpBrowser(baseUrl());
        password(browser, official.username());
        as(world.user(Role.SYSTEM_ADMIN), () -> {
            accounts.setEnabled(official.account().getId(), false);
            return null;
        });
        HttpResponse<String> answer = code(browser, currentCode(official));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains(wrongPassword());
        assertThat(location(browser.get("/"))).endsWith("/login");
    }

    @Test
    void aRecoveryCodeWorksOnceInPlaceOfTheCode() throws Exception {
        Official official = enrolledCityOfficial();
        String recovery = official.recoveryCodes().get(3);
        HttpBrowser first = new HttpBrowser(baseUrl());
        password(first, official.username());
        assertSignedInBy(code(first, recovery.toUpperCase(Locale.ROOT)));
        assertThat(factors.status(official.account().getId()).recoveryCodesLeft()).isEqualTo(9);

        HttpBrowser second = new HttpBrowser(baseUrl());
        password(second, official.username());
        HttpResponse<String> again = code(second, recovery);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains(wrongPassword());
    }

    @Test
    void anAccountWhoseFactorWasResetEnrolsBeforeAnythingElseAndSeesItsRecoveryCodesOnce() throws Exception {
        Official official = enrolledCityOfficial();
        as(world.user(Role.SECURITY_ADMIN), () -> {
            secondFactors.reset(official.account().getId());
            return null;
        });
        HttpBrowser browser = new HttpBrowser(baseUrl());
        assertThat(location(password(browser, official.username()))).endsWith("/login/second-factor/enrol");
        assertThat(location(browser.get("/"))).endsWith("/login");

        String page = browser.get("/login/second-factor/enrol").body();
        assertThat(page).contains("src=\"data:image/svg+xml;base64,");
        String secret = between(page, "id=\"totp-secret\" class=\"fs-6\">", "<");
        assertThat(secret).matches("[A-Z2-7]{32}");
        byte[] key = Base32.decode(secret);
        // the old phone's code does not confirm the new secret
        HttpResponse<String> wrong = browser.postForm("/login/second-factor/enrol",
                Map.of("code", currentCode(official), "_csrf", csrfToken(page)));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains(wrongPassword()).contains(secret);

        HttpResponse<String> enrolled = browser.postForm("/login/second-factor/enrol",
                Map.of("code", Totp.code(key, Totp.step(clock.instant())), "_csrf", csrfToken(wrong.body())));
        assertThat(enrolled.statusCode()).isEqualTo(200);
        assertThat(enrolled.body()).contains("只显示这一次");
        assertThat(Pattern.compile("<li>[a-z2-9]{5}-[a-z2-9]{5}</li>").matcher(enrolled.body()).results().count())
                .isEqualTo(10);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        // never shown again
        String account = browser.get("/account/second-factor").body();
        assertThat(account).contains("已启用").doesNotContain(secret).doesNotContain("totp-qr");
    }

    @Test
    void theSecurityAdministratorsResetIsAuditedAndNobodyResetsTheirOwn() {
        Official official = enrolledCityOfficial();
        long id = official.account().getId();
        as(world.user(Role.SECURITY_ADMIN), () -> {
            secondFactors.reset(id);
            return null;
        });
        assertThat(factors.status(id)).isEqualTo(new SecondFactorStatus(false, true, null, 0));
        String actor = jdbc.sql("select actor from audit_event where action = 'account.resetSecondFactor'"
                        + " and object_id = ? order by id desc limit 1")
                .param(String.valueOf(id)).query(String.class).single();
        assertThat(actor).isEqualTo(world.username(Role.SECURITY_ADMIN));

        PlatformUser secadmin = world.user(Role.SECURITY_ADMIN);
        assertThatThrownBy(() -> as(secadmin, () -> {
            secondFactors.reset(secadmin.accountId());
            return null;
        })).isInstanceOf(BusinessRuleException.class).hasMessage("secondFactor.error.own");
    }

    @Test
    void anOfficialEnrolsFromTheAccountPageAndCannotReplaceTheFactorLater() {
        Account account = cityOfficial();
        PlatformUser user = (PlatformUser) users.loadUserByUsername(account.getUsername());
        EnrolmentOffer offer = as(user, secondFactors::offer);
        assertThat(offer.address()).startsWith("otpauth://totp/").contains("secret=" + offer.secret())
                .contains("algorithm=SHA1&digits=6&period=30");
        assertThatThrownBy(() -> as(user, () -> secondFactors.enrol(offer, "000000")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("secondFactor.error.code");
        List<String> codes = as(user, () -> secondFactors.enrol(offer,
                Totp.code(Base32.decode(offer.secret()), Totp.step(clock.instant()))));
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(as(user, secondFactors::mine).enrolled()).isTrue();
        // only hashes are kept of the recovery codes
        List<String> stored = jdbc.sql("select code_hash from account_recovery_code where account_id = ?")
                .param(account.getId()).query(String.class).list();
        assertThat(stored).hasSize(10).doesNotContainAnyElementsOf(codes);
        EnrolmentOffer another = as(user, secondFactors::offer);
        assertThatThrownBy(() -> as(user, () -> secondFactors.enrol(another,
                Totp.code(Base32.decode(another.secret()), Totp.step(clock.instant())))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("secondFactor.error.enrolled");
    }

    @Test
    void anApplicantSigningInThroughTheGovernmentLoginIsNotAskedEvenIfEnrolled() throws Exception {
        String subject = "totp-applicant-" + System.nanoTime();
        oidcSignIn(subject);
        long id = jdbc.sql("select id from account where oidc_subject = ?").param(subject).query(Long.class).single();
        EnrolmentOffer offer = factors.offer("unit");
        factors.enrol(id, offer, Totp.code(Base32.decode(offer.secret()), Totp.step(clock.instant()))).orElseThrow();
        HttpResponse<String> home = oidcSignIn(subject);
        assertThat(home.uri().getPath()).as(home.statusCode() + " " + home.body()).isEqualTo("/");
        assertThat(home.body()).contains("您好");
    }

    /**
     * The identity provider stands in for a factor only where no role demands the platform's own: an account linked to
     * the government login that holds a required role is led to enrol before it is signed in. The test profile requires
     * no role, so the test turns the requirement on for applicants for its own duration.
     */
    @Test
    void aGovernmentSignInOfAnAccountHoldingARequiredRoleMustStillEnrolTheCode() throws Exception {
        String subject = "totp-required-" + System.nanoTime();
        oidcSignIn(subject);
        Object usual = ReflectionTestUtils.getField(factors, "policy");
        ReflectionTestUtils.setField(factors, "policy", ReflectionTestUtils.invokeMethod(
                Class.forName("cn.quzhou.stations.organisation.internal.SecondFactorPolicy"), "of", "APPLICANT"));
        try {
            HttpBrowser browser = new HttpBrowser(baseUrl(), HttpClient.Redirect.ALWAYS);
            HttpResponse<String> answer = oidcSignIn(browser, subject);
            assertThat(answer.uri().getPath()).as(answer.statusCode() + " " + answer.body())
                    .isEqualTo("/login/second-factor/enrol");
            assertThat(browser.get("/").uri().getPath()).as("not signed in before the code").isEqualTo("/login");
        } finally {
            ReflectionTestUtils.setField(factors, "policy", usual);
        }
    }

    // ---- helpers

    private Account cityOfficial() {
        Account fresh = world.freshAccount("totp", null, null);
        return tx.execute(s -> {
            Account a = provisioning.create("totp-" + fresh.getId() + "-c", "双因素测试", World.PASSWORD, false,
                    null, null, null, null);
            provisioning.grant(a, Role.CITY_CAST);
            return a;
        });
    }

    private Official enrolledCityOfficial() {
        Account account = cityOfficial();
        EnrolmentOffer offer = factors.offer(account.getUsername());
        byte[] secret = Base32.decode(offer.secret());
        List<String> codes = factors.enrol(account.getId(), offer, Totp.code(secret, Totp.step(clock.instant())))
                .orElseThrow();
        // the confirming code's step is spent: the tests sign in with the next one
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        return new Official(account, secret, codes);
    }

    private String currentCode(Official official) {
        return Totp.code(official.secret(), Totp.step(clock.instant()));
    }

    /** A code that is none of the drift window's. */
    private String wrongCode(Official official) {
        long step = Totp.step(clock.instant());
        List<String> valid = List.of(Totp.code(official.secret(), step - 1), Totp.code(official.secret(), step),
                Totp.code(official.secret(), step + 1));
        for (int n = 0; ; n++) {
            String candidate = String.format("%06d", n);
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
    }

    private String wrongPassword() {
        return messages.getMessage("login.error.credentials", null, Locale.SIMPLIFIED_CHINESE);
    }

    private static HttpResponse<String> password(HttpBrowser browser, String username) throws Exception {
        String login = browser.get("/login").body();
        return browser.postForm("/login", Map.of("username", username, "password", World.PASSWORD,
                "_csrf", csrfToken(login)));
    }

    private static HttpResponse<String> code(HttpBrowser browser, String code) throws Exception {
        String page = browser.get("/login/second-factor").body();
        return browser.postForm("/login/second-factor", Map.of("code", code, "_csrf", csrfToken(page)));
    }

    /** Sent on, to the home page or the page asked for before the sign-in, not back to a sign-in page. */
    private static void assertSignedInBy(HttpResponse<String> response) {
        assertThat(location(response)).doesNotContain("/login").doesNotContain("error");
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String between(String text, String before, String after) {
        Matcher m = Pattern.compile(Pattern.quote(before) + "(.*?)" + Pattern.quote(after)).matcher(text);
        assertThat(m.find()).as("no " + before + " in page").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> oidcSignIn(String subject) throws Exception {
        return oidcSignIn(new HttpBrowser(baseUrl(), HttpClient.Redirect.ALWAYS), subject);
    }

    private HttpResponse<String> oidcSignIn(HttpBrowser browser, String subject) throws Exception {
        OidcProvider.server().enqueueCallback(new DefaultOAuth2TokenCallback(OidcProvider.ISSUER_ID, subject, "JWT",
                List.of("stations"), Map.of("uscc", world.homeUnit.getCreditCode(), "name", "法人"), 3600));
        return browser.get("/oauth2/authorization/" + OidcProvider.ISSUER_ID);
    }
}
