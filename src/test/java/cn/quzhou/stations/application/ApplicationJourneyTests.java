package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.documents.TestFiles;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.testsupport.Chromium;
import cn.quzhou.stations.testsupport.WithChromium;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A 江山市 unit's application in a real browser: drafted on the form, the agreement uploaded,
 * submitted, returned once by the county CAST, amended and resubmitted, then passed by the county
 * CAST, the county talent office and the city CAST on to the panel. Screenshots under target/screenshots.
 */
@WithChromium
class ApplicationJourneyTests extends PlatformTest {

    private static Chromium chromium;

    @Autowired
    ApplicationFixtures fixtures;

    @Test
    void aJiangshanUnitsApplicationGoesFromDraftToThePanelWithOneReturnForAmendment() {
        world.ensure();
        Society society = fixtures.newSociety(SocietyLevel.NATIONAL);
        String station = "浏览器之旅学会服务站" + society.getId();

        Page applicant = signIn(Role.APPLICANT);
        applicant.navigate(baseUrl() + "/applications/new");
        ApplicationPages.fillForm(applicant, station, society, "NATIONAL");
        applicant.click("button[name=action][value=submit]");
        // the agreement is missing: the form comes back with everything typed still there
        assertThat(applicant.locator(".alert-danger").first().textContent()).contains("共建学会服务站协议");
        assertThat(applicant.inputValue("#stationName")).isEqualTo(station);
        applicant.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("journey-1-missing-agreement")).setFullPage(true));
        applicant.selectOption("#attachment-kind", "AGREEMENT");
        applicant.setInputFiles("#attachment-file", new FilePayload("共建协议.pdf", "application/pdf", TestFiles.pdf()));
        applicant.click("#attachments button[type=submit]");
        // the upload answers with a redirect: wait for the new page to list the file before reading it
        applicant.locator("#attachments a:has-text(\"共建协议.pdf\")").waitFor();
        assertThat(applicant.locator("#attachments").textContent()).contains("共建协议.pdf");
        applicant.click("button[name=action][value=submit]");
        assertThat(applicant.locator("#application-status").textContent()).isEqualTo("县级科协初审");
        String detail = applicant.url();

        Page countyCast = signIn(Role.COUNTY_CAST);
        countyCast.navigate(detail);
        ApplicationPages.decide(countyCast, "RETURN", "请补充计划在站天数。");
        assertThat(countyCast.locator("#application-status").textContent()).isEqualTo("退回修改");

        applicant.navigate(detail);
        applicant.click("text=修改申请书");
        applicant.fill("input[name='experts[0].plannedDays']", "45");
        applicant.click("button[name=action][value=submit]");
        assertThat(applicant.locator("#application-status").textContent()).isEqualTo("县级科协初审");

        countyCast.navigate(detail);
        ApplicationPages.decide(countyCast, "PASS", "同意推荐。");
        Page countyTalent = signIn(Role.COUNTY_TALENT);
        countyTalent.navigate(detail);
        ApplicationPages.decide(countyTalent, "PASS", "同意认定。");
        Page cityCast = signIn(Role.CITY_CAST);
        cityCast.navigate(detail);
        ApplicationPages.decide(cityCast, "PASS", "同意提交评审小组审定。");
        assertThat(cityCast.locator("#application-status").textContent()).isEqualTo("评审小组审定");
        assertThat(cityCast.locator("#opinion-boxes").textContent())
                .contains("江山市科协", "江山市委人才办", "衢州市科协", "请补充计划在站天数。", "同意推荐。");
        cityCast.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("journey-2-opinion-boxes")).setFullPage(true));
    }

    private Page signIn(Role role) {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(10_000);
        Page page = context.newPage();
        page.navigate(baseUrl() + "/login");
        page.fill("#username", world.username(role));
        page.fill("#password", World.PASSWORD);
        page.click("form[action$='/login'] button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

}
