package cn.quzhou.stations.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.testsupport.Chromium;
import cn.quzhou.stations.testsupport.DemoInstance;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Follows docs/demo-tour.md (演示导览) on the demo built on a fresh data directory: each role signs in with the
 * README's account, finds a non-empty 待办 list on its home page (the administrators and the society contact, who
 * have no 待办, find their lists) and sees on the pages the tour names what the tour promises. Screenshots go to
 * {@code target/screenshots/demo-*.png} (the tour's pictures in docs/screenshots are copied from there).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoTourBrowserTests {

    private static final String PASSWORD = "Demo@2026pw";

    private final DemoInstance demo = DemoInstance.shared();
    private Chromium chromium;

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    void close() {
        chromium.close();
    }

    @Test
    void thePublicSeesTheRunningNoticeAndTheDirectory() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            visit(page, "/public/notices", "demo-public-notices", "2026年度第一批衢州市学会服务站拟认定名单公示");
            page.click("text=2026年度第一批衢州市学会服务站拟认定名单公示");
            expect(page, null, "中国动力工程学会衢州（智造新城）服务站", "浙江省营养学会衢州（常山）服务站");
            visit(page, "/public/stations?size=50", "demo-public-directory", "中国化工学会衢州（江山）服务站",
                    "中国人工智能学会衢州（柯城）服务站");
        }
    }

    @Test
    void theCityCastHasToDosResultsGrantsAndTheClawback() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = signIn(context, "city-cast", "demo-city-cast-home");
            visit(page, "/applications", "demo-city-cast-applications", "浙江省机械工程学会衢州服务站");
            visit(page, "/evaluations", null, "2025", "2026");
            visit(page, "/evaluations/results", "demo-city-cast-results", "中国化工学会衢州（江山）服务站");
            visit(page, "/funding", "demo-city-cast-funding", "中国颗粒学会衢州（智造新城）服务站");
            visit(page, "/funding/clawbacks", null, "中国有色金属学会衢州（龙游）服务站");
            visit(page, "/rectifications", null, "中国食品科学技术学会衢州（开化）服务站", "浙江省农学会衢州（开化）服务站");
        }
    }

    @Test
    void theCountyOfficesHaveTheirApplicationsWaiting() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = signIn(context, "county-cast-js", "demo-county-cast-home");
            visit(page, "/applications", null, "中国硅酸盐学会衢州（江山）服务站");
        }
        try (BrowserContext context = chromium.newContext()) {
            Page page = signIn(context, "county-talent-js", null);
            visit(page, "/applications", null, "中国机械工程学会衢州（江山）服务站");
        }
        try (BrowserContext context = chromium.newContext()) {
            Page page = signIn(context, "county-cast-kc", null);
            visit(page, "/applications", null, "中国通信学会衢州（柯城）服务站");
        }
    }

    @Test
    void theExpertHasASheetToScore() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = signIn(context, "expert-zhang", "demo-expert-home");
            visit(page, "/panels/sheets", "demo-expert-sheets", "中国职业技术教育学会衢州服务站");
        }
    }

    @Test
    void theCityTalentOfficeHasTheListAndTheResults() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = signIn(context, "city-talent", "demo-city-talent-home");
            visit(page, "/applications", null, "浙江省生物医学工程学会衢州服务站");
            visit(page, "/evaluations/results", null, "中国化工学会衢州（江山）服务站");
        }
    }

    @Test
    void theHostUnitSeesItsStationResultsGrantsAndLedger() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = signIn(context, "applicant-js", "demo-applicant-home");
            visit(page, "/applications", null, "中国硅酸盐学会衢州（江山）服务站", "中国化工学会衢州（江山）服务站");
            visit(page, "/stations", "demo-applicant-station", "中国化工学会衢州（江山）服务站");
            visit(page, "/evaluations/results", null, "中国化工学会衢州（江山）服务站");
            visit(page, "/funding", "demo-applicant-funding", "中国化工学会衢州（江山）服务站");
            visit(page, "/funding/ledgers", null, "中国化工学会衢州（江山）服务站");
        }
        try (BrowserContext context = chromium.newContext()) {
            Page page = signIn(context, "applicant-city", null);
            visit(page, "/stations", null, "中国仪器仪表学会衢州服务站");
        }
    }

    @Test
    void theSocietyContactSeesItsStation() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = signInWithoutToDos(context, "society-chem");
            visit(page, "/society/stations", "demo-society-stations", "中国化工学会衢州（江山）服务站");
        }
    }

    @Test
    void theAdministratorsSeeTheAccountsAndTheAuditTrail() {
        try (BrowserContext context = chromium.newContext()) {
            Page page = signInWithoutToDos(context, "sysadmin");
            visit(page, "/admin/accounts?size=100", "demo-sysadmin-accounts", "unit-qj1", "county-cast-qj");
        }
        try (BrowserContext context = chromium.newContext()) {
            Page page = signInWithoutToDos(context, "secadmin");
            visit(page, "/admin/accounts?q=unit-", null, "unit-qj1");
        }
        try (BrowserContext context = chromium.newContext()) {
            Page page = signInWithoutToDos(context, "auditadmin");
            visit(page, "/audit?action=evaluation.publish", "demo-audit", "公布考核结果", "city-cast", "2023-03-02",
                    "2026-03-02");
        }
    }

    /** Signs in and finds at least one 待办 on the home page. */
    private Page signIn(BrowserContext context, String username, String screenshot) {
        Page page = signInWithoutToDos(context, username);
        assertThat(page.locator(".todo-item").count()).as("待办 of " + username).isPositive();
        shoot(page, screenshot);
        return page;
    }

    private Page signInWithoutToDos(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(demo.baseUrl() + "/login");
        page.fill("#username", username);
        page.fill("#password", PASSWORD);
        page.click("form[action$='/login'] button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate(demo.baseUrl() + "/");
        return page;
    }

    private void visit(Page page, String path, String screenshot, String... texts) {
        page.navigate(demo.baseUrl() + path);
        expect(page, screenshot, texts);
    }

    private void expect(Page page, String screenshot, String... texts) {
        String body = page.locator("main").innerText();
        for (String text : texts) {
            assertThat(body).as(page.url()).contains(text);
        }
        shoot(page, screenshot);
    }

    private static void shoot(Page page, String name) {
        if (name != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(name)));
        }
    }
}
