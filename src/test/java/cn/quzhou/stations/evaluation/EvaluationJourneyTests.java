package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.testsupport.TestYears;
import static cn.quzhou.stations.evaluation.EvaluationFixtures.noon;
import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.testsupport.Chromium;
import cn.quzhou.stations.testsupport.WithChromium;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The evaluation year 2055 in a real browser through every role: a 江山 station records evidence and submits its
 * self-report, the county CAST checks it and the county talent office forwards it, the city CAST assigns the expert,
 * who judges C4, verifies and publishes after the meeting's decision and the talent office's approval; the station
 * sees its result and downloads its 绩效考核表. Screenshots under target/screenshots.
 */
@WithChromium
class EvaluationJourneyTests extends PlatformTest {

    private static final int YEAR = TestYears.claim(2055);
    private static final String STATION = "江山考核之旅服务站";

    private static Chromium chromium;

    @Autowired
    EvaluationFixtures fixtures;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @Test
    void aStationReportsTheCountyChecksAndForwardsTheCityScoresAndPublishesAndTheStationDownloadsItsSheet()
            throws IOException {
        long station = fixtures.countyStation(STATION, YEAR);
        Instant before = clock.set(noon(LocalDate.of(YEAR + 1, 1, 5)));
        try {
            // ---- 1. the city CAST opens the year --------------------------------------------------------
            Page cityCast = signIn(world.username(Role.CITY_CAST));
            cityCast.navigate(baseUrl() + "/evaluations");
            cityCast.fill("#year", String.valueOf(YEAR));
            cityCast.fill("#reportDeadline", (YEAR + 1) + "-01-20");
            cityCast.click("#open-form button[type=submit]");
            cityCast.waitForURL(url -> url.endsWith("/evaluations/" + YEAR));
            assertThat(cityCast.locator("#participants").textContent()).contains(STATION, "待提交");
            shot(cityCast, 1, "opened");

            // ---- 2. the station records evidence and submits its self-report ------------------------------
            Page applicant = signIn(world.username(Role.APPLICANT));
            applicant.navigate(baseUrl() + "/stations/" + station + "/evidence?year=" + YEAR);
            applicant.fill("#year", String.valueOf(YEAR));
            applicant.selectOption("#kind", "ENTERPRISE_INTRODUCED");
            applicant.fill("#occurredOn", YEAR + "-06-01");
            applicant.fill("#description", "引进新材料企业一家");
            applicant.click("#evidence-form button[type=submit]");
            applicant.locator("#evidence-list").waitFor();
            fixtures.record(station, YEAR, EvidenceKind.REPORT_WITH_ADVICE, null, null, null);
            fixtures.record(station, YEAR, EvidenceKind.REPORT_WITH_ADVICE, null, null, null);
            fixtures.salon(station, YEAR, "技术沙龙");
            applicant.navigate(baseUrl() + "/evaluations");
            applicant.locator("#worklist a", new Page.LocatorOptions().setHasText(STATION)).click();
            applicant.locator("#draft-form").waitFor();
            String report = applicant.url();
            applicant.fill("#summary", "本年度引进企业一家，形成咨询报告两份。");
            for (String part : List.of("A1.1-OFFICE", "A1.1-STAFF", "A1.2-RULES", "A1.2-FUNDS_PROPER",
                    "A1.2-HOST_FUNDING", "A1.2-DATABASES", "A2.2-CONTENT", "A2.2-AGREEMENT_PLAN")) {
                applicant.check("[id='part-" + part + "']");
            }
            applicant.check("#reach-PROVINCE");
            applicant.fill("#coverage", "100");
            applicant.click("#draft-form button[type=submit]:not([name])"); // save: the live preview
            assertThat(applicant.locator("#sheet-total").textContent()).isEqualTo("59");
            shot(applicant, 2, "draft-preview");
            applicant.click("#submit-report");
            assertThat(applicant.locator("#report-status").textContent()).isEqualTo("县（市、区）科协审查");
            applicant.navigate(baseUrl() + "/stations/" + station + "/evidence?year=" + YEAR);
            assertThat(applicant.locator("#evidence-frozen").textContent()).contains(String.valueOf(YEAR), "冻结");
            assertThat(applicant.locator("#evidence-form").count()).isZero();

            // ---- 3. county CAST checks, county talent office forwards ----------------------------------------
            Page countyCast = signIn(world.username(Role.COUNTY_CAST));
            countyCast.navigate(report);
            countyCast.fill("#check-opinion", "材料真实完整。");
            countyCast.click("#county-check-form button[value=PASS]");
            assertThat(countyCast.locator("#report-status").textContent()).isEqualTo("县（市、区）委人才办报送");
            Page countyTalent = signIn(world.username(Role.COUNTY_TALENT));
            countyTalent.navigate(report);
            countyTalent.fill("#forward-opinion", "同意报送。");
            countyTalent.click("#county-forward-form button[value=PASS]");
            assertThat(countyTalent.locator("#report-status").textContent()).isEqualTo("市科协核实评分");
            shot(countyTalent, 3, "forwarded");

            // ---- 4. the city CAST assigns the expert, who judges C4 -----------------------------------------
            cityCast.navigate(baseUrl() + "/evaluations/" + YEAR);
            cityCast.check("#expert-" + world.expert.getId());
            cityCast.click("#assign-form button[type=submit]");
            cityCast.locator(".alert-success").waitFor();
            Page expert = signIn(world.username(Role.EXPERT));
            expert.navigate(baseUrl() + "/evaluations/expert");
            expert.locator("#assignments a", new Page.LocatorOptions().setHasText(STATION)).click();
            expert.fill("#judgement", "4");
            expert.fill("#comment", "带动区域新材料产业发展。");
            expert.click("#judgement-form button[type=submit]");
            expert.locator(".alert-success").waitFor();
            shot(expert, 4, "judged");

            // ---- 5. the city CAST inspects and verifies: 59 + 4 = 63 ---------------------------------------
            cityCast.navigate(report);
            cityCast.fill("#inspectedOn", (YEAR + 1) + "-01-05");
            cityCast.fill("#inspectors", "王核查、李核查");
            cityCast.fill("#findings", "现场查看办公场所与台账，情况属实。");
            cityCast.click("#inspection-form button[type=submit]");
            cityCast.locator("#inspections").waitFor();
            assertThat(cityCast.locator("#sheet-total").textContent()).isEqualTo("63");
            assertThat(cityCast.locator("#opinions").textContent()).contains("江山市科协", "材料真实完整。", "江山市委人才办");
            cityCast.click("#verify");
            assertThat(cityCast.locator("#report-status").textContent()).isEqualTo("已核实");
            shot(cityCast, 5, "verified");

            // ---- 6. decision, talent office, publication -----------------------------------------------------
            cityCast.navigate(baseUrl() + "/evaluations/" + YEAR + "/preview");
            assertThat(cityCast.locator("#cap").textContent()).contains("1", "0");
            cityCast.fill("#decidedOn", (YEAR + 1) + "-01-05");
            cityCast.fill("#meetingReference", "市科协党组会议纪要〔2056〕1号");
            cityCast.click("#decision-form button[type=submit]");
            cityCast.click("#report-form button[type=submit]");
            assertThat(cityCast.locator("#round-status").textContent()).isEqualTo("市委人才办审核中");
            Page cityTalent = signIn(world.username(Role.CITY_TALENT));
            cityTalent.navigate(baseUrl() + "/evaluations/" + YEAR + "/preview");
            cityTalent.click("#talent-form button[value=APPROVE]");
            assertThat(cityTalent.locator("#round-status").textContent()).isEqualTo("市委人才办已同意");
            cityCast.navigate(baseUrl() + "/evaluations/" + YEAR + "/preview");
            cityCast.click("#publish"); // without the tick under the consequence: asked again, nothing published
            assertThat(cityCast.locator("#publish-form .invalid-feedback").textContent()).isEqualTo("发布前，请阅读上方说明并勾选确认。");
            cityCast.check("#publish-consequence-tick");
            cityCast.click("#publish");
            assertThat(cityCast.locator("#document-number").textContent()).containsPattern("衢市科协〔\\d{4}〕\\d+号");
            shot(cityCast, 6, "published");

            // ---- 7. the station sees its result and downloads its 绩效考核表 -----------------------------------
            applicant.navigate(report);
            assertThat(applicant.locator("#result-grade").textContent()).isEqualTo("合格");
            Download download = applicant.waitForDownload(() -> applicant.click("#sheet-pdf"));
            assertThat(download.suggestedFilename()).endsWith(".pdf");
            byte[] pdf = Files.readAllBytes(download.path());
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
                assertThat(text).contains(STATION, "合格");
            }
            shot(applicant, 7, "result");
        } finally {
            contexts.forEach(BrowserContext::close);
            clock.set(before);
        }
    }

    private Page signIn(String username) {
        Page page = chromium.signIn(baseUrl(), username);
        contexts.add(page.context());
        return page;
    }

    private static void shot(Page page, int n, String step) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("evaluation-journey-" + n + "-" + step))
                .setFullPage(true));
    }
}
