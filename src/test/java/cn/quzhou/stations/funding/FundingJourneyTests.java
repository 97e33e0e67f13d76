package cn.quzhou.stations.funding;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.Chromium;
import cn.quzhou.stations.testsupport.WithChromium;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The grant's journey in a real browser: a published result (the precondition, published as the evaluation module
 * does) → one city CAST official records the disbursement, a second approves it → the host unit records expenses
 * (one refused for exceeding the balance) → the station is revoked on its page → the clawback and the reconciliation
 * view show it. Screenshots under target/screenshots.
 */
@WithChromium
class FundingJourneyTests extends PlatformTest {

    private static Chromium chromium;

    @Autowired
    FundingFixtures funding;

    @Autowired
    ApplicationFixtures applications;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @Test
    void aGrantIsPaidByTwoOfficialsSpentByTheHostAndClawedBackAfterRevocation() {
        String name = "资助之旅学会服务站" + System.nanoTime();
        long station = funding.national(name);
        funding.publish(station, 2098, 1, 1, Grade.EXCELLENT);
        String secondCast = funding.secondCityCast().getUsername();
        applications.cityApplicant();
        String today = LocalDate.now(clock).toString();
        try {
            // ---- 1. the city CAST records the disbursement ---------------------------------------------
            Page cast = signIn(world.username(Role.CITY_CAST));
            cast.navigate(baseUrl() + "/funding");
            search(cast, name);
            cast.locator("#instalments a", new Page.LocatorOptions().setHasText(name)).click();
            cast.waitForURL(url -> url.matches(".*/funding/instalments/\\d+$"));
            String instalment = cast.url();
            assertThat(cast.locator("#back-to-list").getAttribute("href")).as("the way back keeps the search")
                    .contains("/funding?q=");
            assertThat(cast.locator("#instalment-status").textContent()).isEqualTo("待拨付");
            assertThat(cast.inputValue("#amount")).isEqualTo("500000.00");
            cast.fill("#documentNumber", "衢财拨〔2099〕12号");
            cast.fill("#bankReference", "ICBC-2099-0001");
            shot(cast, 1, "payment-form");
            cast.click("#payment-form button[type=submit]"); // without the tick: asked again with what was typed
            assertThat(cast.locator("#payment-form .invalid-feedback").textContent()).isEqualTo("登记前，请阅读上方说明并勾选确认。");
            assertThat(cast.inputValue("#bankReference")).isEqualTo("ICBC-2099-0001");
            cast.check("#payment-consequence-tick");
            cast.click("#payment-form button[type=submit]");
            cast.locator("#payment").waitFor();
            assertThat(cast.locator("#instalment-status").textContent()).isEqualTo("待审核");
            assertThat(cast.locator("#approve-form").count()).as("the recorder is not offered the approval").isZero();
            assertThat(cast.locator("#awaiting-other").textContent()).isEqualTo("登记人本人不能审核。");
            shot(cast, 2, "payment-recorded");

            // ---- 2. a second city CAST official approves it (the home page lists it as a to-do) ---------
            Page approver = signIn(secondCast);
            assertThat(approver.locator("main").textContent()).contains("待审核的资助拨付");
            approver.navigate(instalment);
            approver.check("#approve-consequence-tick");
            approver.click("#approve-form button");
            approver.locator("#payment-approver:has-text(\"" + secondCast + "\")").waitFor();
            assertThat(approver.locator("#instalment-status").textContent()).isEqualTo("已拨付");
            shot(approver, 3, "payment-approved");

            // ---- 3. the host unit records expenses; one beyond the balance is refused ---------------------
            Page host = signIn("t-city-applicant");
            host.navigate(baseUrl() + "/funding");
            host.click("#to-ledgers");
            search(host, name);
            host.locator("#ledgers a", new Page.LocatorOptions().setHasText(name)).click();
            host.waitForURL(url -> url.matches(".*/funding/ledgers/\\d+$"));
            String ledger = host.url();
            assertThat(host.locator("#ledger-balance").textContent()).isEqualTo("500,000.00");
            expense(host, today, "120000.50", "MATERIALS", "某材料公司", "氟硅材料中试", "氟硅材料联合攻关");
            host.locator("#ledger-balance:has-text(\"379,999.50\")").waitFor();
            expense(host, today, "400000", "TESTING", "某检测中心", "全项检测", "氟硅材料联合攻关");
            host.locator("#expense-form .invalid-feedback").first().waitFor();
            assertThat(host.locator("#expense-form").textContent()).contains("支出超过经费余额（当前余额 379999.50 元）");
            assertThat(host.inputValue("#amount")).isEqualTo("400000");
            assertThat(host.inputValue("#payee")).isEqualTo("某检测中心");
            shot(host, 4, "expense-refused");
            host.navigate(ledger);
            assertThat(host.locator("#entries").textContent()).contains("实验材料费", "氟硅材料联合攻关");
            shot(host, 5, "ledger");

            // ---- 4. the city CAST revokes the station on its page ------------------------------------------
            cast.navigate(baseUrl() + "/stations/" + station);
            cast.selectOption("#cause", "NO_PROGRESS");
            cast.fill("#reason", "建站一年内合作项目无任何进展。");
            cast.fill("#documentNumber", "衢市科协〔2099〕30号");
            cast.fill("#decidedOn", today);
            cast.click("#revoke-form button[type=submit]"); // without the tick: asked again with what was typed
            assertThat(cast.locator("#revoke-form .invalid-feedback").last().textContent()).isEqualTo("撤销前，请阅读上方说明并勾选确认。");
            assertThat(cast.inputValue("#reason")).isEqualTo("建站一年内合作项目无任何进展。");
            cast.check("#revoke-consequence-tick");
            cast.click("#revoke-form button[type=submit]");
            cast.locator("#revocation").waitFor();
            shot(cast, 6, "station-revoked");

            // ---- 5. the clawback is open for the sum paid; the reconciliation view shows it -----------------
            cast.navigate(baseUrl() + "/funding/clawbacks");
            search(cast, name);
            cast.locator("#clawbacks a", new Page.LocatorOptions().setHasText(name)).click();
            cast.waitForURL(url -> url.matches(".*/funding/clawbacks/\\d+$"));
            assertThat(cast.locator("#clawback-amount").textContent()).isEqualTo("500,000.00");
            assertThat(cast.locator("#clawback-status").textContent()).isEqualTo("追缴中");
            shot(cast, 7, "clawback");
            cast.navigate(baseUrl() + "/funding/reconciliation");
            cast.click("#reconcile-form button");
            cast.locator("#last-run").waitFor();
            assertThat(cast.locator("#last-run").textContent()).startsWith("上次对账：");
            assertThat(cast.locator("#open-clawbacks").textContent()).contains(name, "500,000.00");
            shot(cast, 8, "reconciliation");
            host.navigate(ledger);
            assertThat(host.locator("main").textContent()).contains("已关闭（服务站已撤销）");
            assertThat(host.locator("#expense-form").count()).isZero();
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }

    private static void expense(Page p, String date, String amount, String category, String payee, String purpose,
                                String project) {
        p.fill("#entryDate", date);
        p.fill("#amount", amount);
        p.selectOption("#category", category);
        p.fill("#payee", payee);
        p.fill("#purpose", purpose);
        p.fill("#project", project);
        p.click("#expense-form button[type=submit]");
    }

    private Page signIn(String username) {
        Page page = chromium.signIn(baseUrl(), username);
        contexts.add(page.context());
        return page;
    }

    /** Searches the list on the page for {@code keyword} and waits for the answer. */
    private static void search(Page page, String keyword) {
        page.fill("#list-q", keyword);
        page.click("#list-search");
        page.waitForURL(url -> url.contains("q="));
    }

    private static void shot(Page page, int n, String step) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("funding-journey-" + n + "-" + step))
                .setFullPage(true));
    }
}
