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
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The required journeys in a real browser, from draft to recognition through every role: a
 * 江山市 unit (county route, returned once for amendment) and a city-direct unit (straight to the city
 * CAST) go through the same review panel, the same public notice — where an anonymous visitor's
 * objection is dismissed — and the same joint recognition document. Screenshots under target/screenshots.
 */
@WithChromium
class RecognitionJourneyTests extends PlatformTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Pattern APPLICATION_ID = Pattern.compile("/applications/(\\d+)");

    private static Chromium chromium;

    @Autowired
    ApplicationFixtures fixtures;

    private final List<BrowserContext> contexts = new java.util.ArrayList<>();

    @Test
    void aJiangshanUnitAndACityDirectUnitGoFromDraftToRecognitionThroughEveryRole() throws IOException {
        world.ensure();
        fixtures.cityApplicant(); // the city-direct unit's APPLICANT account, t-city-applicant
        Society national = fixtures.newSociety(SocietyLevel.NATIONAL);
        Society provincial = fixtures.newSociety(SocietyLevel.PROVINCIAL);
        String jiangshanStation = "江山认定之旅学会服务站" + national.getId();
        String cityStation = "市直认定之旅学会服务站" + provincial.getId();
        try {
            // ---- 1. the 江山市 unit drafts, uploads the agreement and submits -----------------------
            Page applicant = signIn(world.username(Role.APPLICANT));
            String jiangshan = draftAndSubmit(applicant, jiangshanStation, national, "NATIONAL");
            assertThat(status(applicant)).isEqualTo("县级科协初审");
            shot(applicant, 1, "jiangshan-submitted");

            // ---- 2. the county CAST returns it once; the applicant amends and resubmits ---------------
            Page countyCast = signIn(world.username(Role.COUNTY_CAST));
            countyCast.navigate(jiangshan);
            ApplicationPages.decide(countyCast, "RETURN", "请补充计划在站天数。");
            assertThat(status(countyCast)).isEqualTo("退回修改");
            shot(countyCast, 2, "jiangshan-returned");
            applicant.navigate(jiangshan);
            applicant.click("text=修改申请书");
            applicant.fill("input[name='experts[0].plannedDays']", "45");
            applicant.click("button[name=action][value=submit]");
            assertThat(status(applicant)).isEqualTo("县级科协初审");

            // ---- 3. county CAST → county talent office → city CAST: on to the panel ------------------
            countyCast.navigate(jiangshan);
            ApplicationPages.decide(countyCast, "PASS", "同意推荐。");
            assertThat(status(countyCast)).isEqualTo("县级人才办认定");
            Page countyTalent = signIn(world.username(Role.COUNTY_TALENT));
            countyTalent.navigate(jiangshan);
            ApplicationPages.decide(countyTalent, "PASS", "同意认定。");
            assertThat(status(countyTalent)).isEqualTo("市科协初审");
            Page cityCast = signIn(world.username(Role.CITY_CAST));
            cityCast.navigate(jiangshan);
            ApplicationPages.decide(cityCast, "PASS", "同意提交评审小组审定。");
            assertThat(status(cityCast)).isEqualTo("评审小组审定");

            // ---- 4. the city-direct unit drafts and submits: straight to the city CAST ---------------
            Page cityApplicant = signIn("t-city-applicant");
            String city = draftAndSubmit(cityApplicant, cityStation, provincial, "PROVINCIAL");
            assertThat(status(cityApplicant)).isEqualTo("市科协初审");
            shot(cityApplicant, 3, "city-direct-submitted");
            cityCast.navigate(city);
            ApplicationPages.decide(cityCast, "PASS", "同意提交评审小组审定。");
            assertThat(status(cityCast)).isEqualTo("评审小组审定");
            long jiangshanId = idOf(jiangshan);
            long cityId = idOf(city);

            // ---- 5. the city CAST forms one panel for both with the pool expert ----------------------
            cityCast.navigate(baseUrl() + "/panels/new");
            cityCast.fill("#name", "认定之旅评审小组" + national.getId());
            cityCast.check("#expert-" + world.expert.getId());
            cityCast.check("#application-" + jiangshanId);
            cityCast.check("#application-" + cityId);
            cityCast.click("button[name=action][value=preview]");
            assertThat(cityCast.locator(".alert-success").textContent()).isNotBlank(); // no conflicts
            shot(cityCast, 4, "panel-form");
            cityCast.click("button[name=action][value=form]");
            cityCast.waitForURL(url -> url.matches(".*/panels/\\d+$"));
            String panel = cityCast.url();
            assertThat(cityCast.locator("#panel-status").textContent()).isEqualTo("专家评分中");

            // ---- 6. the expert scores both applications and submits the sheets -----------------------
            Page expert = signIn(world.username(Role.EXPERT));
            score(expert, jiangshanStation, "27", "22", "21", "17");
            score(expert, cityStation, "26", "21", "20", "16");
            shot(expert, 5, "expert-sheet-submitted");

            // ---- 7. the city CAST fixes the recommended list and submits it to the city talent office -
            cityCast.navigate(panel);
            assertThat(cityCast.locator(".aggregate").allTextContents()).hasSize(2);
            cityCast.check("#rec-" + jiangshanId);
            cityCast.check("#rec-" + cityId);
            cityCast.check("#list-seal");
            cityCast.click("#list-form button");
            assertThat(cityCast.locator("#panel-status").textContent()).isEqualTo("建议名单已确定");
            cityCast.check("#forward-seal");
            cityCast.click("#forward-form button");
            assertThat(cityCast.locator("#panel-status").textContent()).isEqualTo("已报送市委人才办");
            shot(cityCast, 6, "panel-list-submitted");

            // ---- 8. the city talent office passes each: public notice ----------------------------------
            Page cityTalent = signIn(world.username(Role.CITY_TALENT));
            for (String detail : List.of(jiangshan, city)) {
                cityTalent.navigate(detail);
                assertThat(status(cityTalent)).isEqualTo("市委人才办审核");
                ApplicationPages.decide(cityTalent, "PASS", "同意公示。");
                assertThat(status(cityTalent)).isEqualTo("公示中");
            }
            shot(cityTalent, 7, "city-talent-passed");

            // ---- 9. the city CAST opens the notice, starting today -------------------------------------
            LocalDate today = LocalDate.ofInstant(clock.instant(), BEIJING);
            cityCast.navigate(baseUrl() + "/applications/notices/new");
            Locator candidates = cityCast.locator("input[name=applicationIds]");
            for (int i = 0; i < candidates.count(); i++) {
                String value = candidates.nth(i).getAttribute("value");
                candidates.nth(i).setChecked(value.equals(String.valueOf(jiangshanId)) || value.equals(String.valueOf(cityId)));
            }
            cityCast.fill("#startDate", today.toString());
            LocalDate end = LocalDate.parse(cityCast.inputValue("#endDate"));
            assertThat(end).isAfterOrEqualTo(today);
            shot(cityCast, 8, "notice-new");
            cityCast.click("form[action$='/applications/notices'] button.btn-primary");
            cityCast.waitForURL(url -> url.matches(".*/applications/notices/\\d+$"));
            String notice = cityCast.url();
            assertThat(cityCast.locator("section").textContent()).contains(jiangshanStation, cityStation, "公示中");

            // ---- 10. an anonymous visitor objects on the public page (no sign-in, honeypot empty) -------
            Page visitor = anonymous();
            visitor.navigate(baseUrl() + "/public/notices");
            assertThat(visitor.locator("section").textContent()).contains(jiangshanStation, cityStation);
            visitor.selectOption("#applicationId", new SelectOption().setValue(String.valueOf(jiangshanId)));
            visitor.fill("#name", "王异议");
            visitor.fill("#contact", "13500000000");
            visitor.fill("#content", "该单位专家团队在站时间不足。");
            assertThat(visitor.inputValue("#website")).isEmpty();
            shot(visitor, 9, "public-objection");
            visitor.click("form[action$='/public/notices/objections'] button");
            assertThat(visitor.locator("h1").textContent()).isEqualTo("异议已收到");

            // ---- 11. the city CAST dismisses it with a reason ----------------------------------------
            cityCast.navigate(notice);
            Locator objection = cityCast.locator("[id^=objection-]", new Page.LocatorOptions().setHasText("该单位专家团队在站时间不足。"));
            assertThat(objection.textContent()).contains("王异议", jiangshanStation);
            objection.locator("textarea[name=reason]").fill("经核实，专家团队在站计划已补充至45天，异议不成立。");
            objection.locator("button[name=upheld][value=false]").click();
            objection = cityCast.locator("[id^=objection-]", new Page.LocatorOptions().setHasText("该单位专家团队在站时间不足。"));
            assertThat(objection.textContent()).contains("异议不成立", "经核实，专家团队在站计划已补充至45天");
            shot(cityCast, 10, "objection-dismissed");

            // ---- 12. after the notice ends the city CAST recognises the batch ------------------------
            clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, end) + 1));
            // days later the morning's sign-in has outlived its session (idle and absolute limits): sign in again
            signInAgain(cityCast, world.username(Role.CITY_CAST));
            cityCast.navigate(notice);
            assertThat(cityCast.locator("section").textContent()).contains("公示期已结束");
            assertThat(cityCast.isChecked("#rec-" + jiangshanId)).isTrue();
            assertThat(cityCast.isChecked("#rec-" + cityId)).isTrue();
            shot(cityCast, 11, "notice-ended");
            // the city CAST prepares the joint document: without the tick under the consequence it is asked again
            cityCast.click("form[action$='/recognise'] button");
            assertThat(cityCast.locator("#prepare-recognition-form").textContent()).contains("提交前，请阅读上方说明并勾选确认");
            cityCast.check("#confirm-prepare");
            cityCast.click("form[action$='/recognise'] button");
            assertThat(cityCast.locator("#joint-recognition").textContent()).contains("待市委人才办确认");
            assertThat(cityCast.locator("#confirm-recognition-form").count()).isZero(); // the city CAST alone cannot issue

            // ---- 12b. the city talent office confirms: only now is the document numbered and issued ------------
            signInAgain(cityTalent, world.username(Role.CITY_TALENT));
            cityTalent.navigate(notice);
            cityTalent.click("#confirm-recognition-form button");
            assertThat(cityTalent.locator("#confirm-recognition-form").textContent()).contains("确认印发前，请阅读上方说明并勾选确认");
            cityTalent.check("#confirm-issue");
            cityTalent.click("#confirm-recognition-form button");
            cityTalent.waitForURL(url -> url.matches(".*/applications/recognitions/\\d+$"));
            cityCast.navigate(cityTalent.url());
            String number = cityCast.locator("section p").first().textContent();
            assertThat(number).containsPattern("衢市科协〔\\d{4}〕\\d+号");
            assertThat(cityCast.locator("section table").textContent()).contains(jiangshanStation, cityStation);
            assertThat(cityCast.locator("#doc-confirmed").textContent()).contains("市委人才办确认");
            shot(cityCast, 12, "recognition-document");

            // ---- 13. the joint document's PDF ---------------------------------------------------------
            Download download = cityCast.waitForDownload(() -> cityCast.click("a[href$='/pdf']"));
            assertThat(download.suggestedFilename()).endsWith(".pdf");
            byte[] pdf = Files.readAllBytes(download.path());
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            APIResponse response = cityCast.request().get(baseUrl() + cityCast.locator("a[href$='/pdf']").getAttribute("href"));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headers().get("content-type")).startsWith("application/pdf");

            // ---- 14. both applications are recognised; their applicants see it ------------------------
            signInAgain(applicant, world.username(Role.APPLICANT));
            signInAgain(cityApplicant, "t-city-applicant");
            for (Page p : List.of(applicant, cityApplicant)) {
                p.navigate(p == applicant ? jiangshan : city);
                assertThat(status(p)).isEqualTo("已认定");
            }
            cityCast.navigate(jiangshan);
            assertThat(status(cityCast)).isEqualTo("已认定");
            cityCast.navigate(city);
            assertThat(status(cityCast)).isEqualTo("已认定");
            shot(cityApplicant, 13, "city-direct-recognised");
            shot(applicant, 14, "jiangshan-recognised");
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }

    /** Fills the form, submits once without the agreement (refused, typing kept), uploads it, submits. Returns the detail URL. */
    private String draftAndSubmit(Page p, String station, Society society, String level) {
        p.navigate(baseUrl() + "/applications/new");
        ApplicationPages.fillForm(p, station, society, level);
        p.click("button[name=action][value=submit]");
        assertThat(p.locator(".alert-danger").first().textContent()).contains("共建学会服务站协议");
        assertThat(p.inputValue("#stationName")).isEqualTo(station);
        p.selectOption("#attachment-kind", "AGREEMENT");
        p.setInputFiles("#attachment-file", new FilePayload("共建协议.pdf", "application/pdf", TestFiles.pdf()));
        p.click("#attachments button[type=submit]");
        // the upload answers with a redirect: wait for the new page to list the file before reading it
        p.locator("#attachments a:has-text(\"共建协议.pdf\")").waitFor();
        assertThat(p.locator("#attachments").textContent()).contains("共建协议.pdf");
        p.click("button[name=action][value=submit]");
        p.locator("#application-status").waitFor(); // the detail page
        return p.url();
    }

    private void score(Page expert, String station, String... points) {
        // the expert's sheets are paged and other tests' sheets come first: find this one as an expert would, by name
        expert.navigate(baseUrl() + "/panels/sheets?q=" + java.net.URLEncoder.encode(station, java.nio.charset.StandardCharsets.UTF_8));
        expert.locator("table a", new Page.LocatorOptions().setHasText(station)).click();
        expert.waitForURL(url -> url.matches(".*/panels/sheets/\\d+$"));
        String[] codes = {"HOST_CONDITIONS", "COOPERATION", "WORK_PLAN", "TEAM_SUPPORT"};
        for (int i = 0; i < codes.length; i++) {
            expert.fill("#score-" + codes[i], points[i]);
        }
        expert.fill("#comment", "建站条件较好，计划可行。");
        expert.click("#sheet-form button[name=action][value=submit]");
        assertThat(expert.locator("#sheet-status").textContent()).isEqualTo("已提交");
    }

    private static long idOf(String url) {
        Matcher m = APPLICATION_ID.matcher(url);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String status(Page page) {
        return page.locator("#application-status").textContent();
    }

    private static void shot(Page page, int n, String step) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("recognition-journey-" + n + "-" + step))
                .setFullPage(true));
    }

    private BrowserContext newContext() {
        BrowserContext context = chromium.newContext();
        contexts.add(context);
        return context;
    }

    private Page anonymous() {
        return newContext().newPage();
    }

    private void signInAgain(Page page, String username) {
        page.navigate(baseUrl() + "/login");
        page.fill("#username", username);
        page.fill("#password", World.PASSWORD);
        page.click("form[action$='/login'] button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));
    }

    private Page signIn(String username) {
        Page page = chromium.signIn(baseUrl(), username);
        contexts.add(page.context());
        return page;
    }

}
