package cn.quzhou.stations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.organisation.EnrolmentOffer;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SecondFactors;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.organisation.internal.AccountProvisioning;
import cn.quzhou.stations.organisation.internal.Base32;
import cn.quzhou.stations.organisation.internal.SecondFactorService;
import cn.quzhou.stations.organisation.internal.Totp;
import cn.quzhou.stations.testsupport.Chromium;
import cn.quzhou.stations.testsupport.WithChromium;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A city CAST official with an authenticator app, in a real browser: signing in with the code of the
 * moment (computed from the injected clock, as the phone would), and enrolling a new phone after the
 * security administrator reset the old one.
 */
@WithChromium
class SecondFactorBrowserJourneyTests extends PlatformTest {

    private static Chromium chromium;

    @Autowired
    SecondFactorService factors;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    AccountProvisioning provisioning;

    @Autowired
    TransactionTemplate tx;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void openPage() {
        world.ensure();
        context = chromium.newContext();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void aCityCastOfficialSignsInWithTheCodeOfTheAuthenticator() {
        Account official = cityOfficial();
        EnrolmentOffer offer = factors.offer(official.getUsername());
        byte[] secret = Base32.decode(offer.secret());
        factors.enrol(official.getId(), offer, Totp.code(secret, Totp.step(clock.instant()))).orElseThrow();
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));

        password(official.getUsername());
        page.waitForURL(url -> url.endsWith("/login/second-factor"));
        assertThat(page.locator("label[for=code]").textContent()).contains("验证码");
        page.fill("#code", Totp.code(secret, Totp.step(clock.instant())));
        page.click("form[action$='/login/second-factor'] button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.locator("#current-user").textContent()).isEqualTo("双因素城市科协");
        assertThat(page.locator("main").textContent()).contains("您好");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("second-factor-signed-in")));
    }

    @Test
    void anOfficialWhosePhoneWasResetEnrolsTheNewOneByTheQrCodesKey() {
        Account official = cityOfficial();
        as(world.user(Role.SECURITY_ADMIN), () -> {
            secondFactors.reset(official.getId());
            return null;
        });

        password(official.getUsername());
        page.waitForURL(url -> url.endsWith("/login/second-factor/enrol"));
        assertThat(page.locator("#totp-qr").isVisible()).isTrue();
        // what the phone would read from the QR code, typed by hand
        byte[] secret = Base32.decode(page.locator("#totp-secret").textContent());
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("second-factor-enrol")));
        page.fill("#code", Totp.code(secret, Totp.step(clock.instant())));
        page.click("form[action$='/login/second-factor/enrol'] button[type=submit]");
        assertThat(page.locator("#recovery-codes li").count()).isEqualTo(10);
        page.click("#continue");
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.locator("#current-user").textContent()).isEqualTo("双因素城市科协");
    }

    private Account cityOfficial() {
        Account fresh = world.freshAccount("totp-browser", null, null);
        return tx.execute(s -> {
            Account a = provisioning.create("totp-cc-" + fresh.getId(), "双因素城市科协", World.PASSWORD, false,
                    null, null, null, null);
            provisioning.grant(a, Role.CITY_CAST);
            return a;
        });
    }

    private void password(String username) {
        page.navigate(baseUrl() + "/login");
        page.fill("#username", username);
        page.fill("#password", World.PASSWORD);
        page.click("form[action$='/login'] button[type=submit]");
    }
}
