package cn.quzhou.stations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.station.StationFixtures;
import cn.quzhou.stations.testsupport.Chromium;
import cn.quzhou.stations.testsupport.WithChromium;
import cn.quzhou.stations.testsupport.PlatformTest;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An official works through a long list in a real browser: searches, sorts, turns to page 2, opens a record and comes
 * back — to the same page of the same list, keyword and order kept (issue #9). Searching, sorting and paging replace
 * the list alone through htmx, the address following each step (issue #16).
 */
@WithChromium
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListJourneyTests extends PlatformTest {

    private static final String PREFIX = "浏览器分页站";
    private static final int ROWS = 27;

    @Autowired
    StationFixtures stations;

    private Chromium chromium;

    @BeforeAll
    void recogniseStationsAndLaunch() {
        world.ensure();
        for (int i = 0; i < ROWS; i++) {
            stations.recognisedCityDirect(PREFIX + String.format("%02d", i) + "号" + System.nanoTime());
        }
    }

    @Test
    void searchSortPageTwoOpenARecordAndComeBackToTheSamePageOfTheSameList() {
        Page page = chromium.signIn(baseUrl(), world.username(Role.CITY_CAST));
        page.navigate(baseUrl() + "/stations");
        page.evaluate("() => window.loadedOnce = true");   // gone if a click below reloaded the whole page

        page.fill("#list-q", PREFIX);
        page.click("#list-search");
        page.waitForURL(url -> url.contains("q="));
        assertThat(page.locator("#list-total").textContent()).contains(String.valueOf(ROWS));

        page.locator("#station-list thead a.sort-link").first().click();   // by name, ascending
        page.waitForURL(url -> url.contains("sort=name"));
        List<String> firstPage = names(page);
        assertThat(firstPage).hasSize(20).isSorted().allSatisfy(n -> assertThat(n).startsWith(PREFIX));

        page.click("#list-next");
        page.waitForURL(url -> url.contains("page=2"));
        String pageTwo = page.url();
        List<String> secondPage = names(page);
        assertThat(secondPage).hasSize(ROWS - 20).isSorted().doesNotContainAnyElementsOf(firstPage);
        assertThat(secondPage.get(0)).isGreaterThan(firstPage.get(firstPage.size() - 1));

        assertThat(page.evaluate("() => window.loadedOnce === true")).as("search, sort and paging without a reload")
                .isEqualTo(true);

        page.locator("#station-list tbody a").nth(2).click();
        page.waitForURL(url -> url.matches(".*/stations/\\d+$"));
        assertThat(page.locator("h1").textContent()).contains(secondPage.get(2));
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("list-record-opened")));

        page.click("#back-to-list");
        page.waitForURL(url -> url.equals(pageTwo));
        assertThat(page.url()).contains("q=").contains("sort=name").contains("page=2");
        assertThat(names(page)).isEqualTo(secondPage);
        assertThat(page.locator("#list-q").inputValue()).isEqualTo(PREFIX);
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("list-back-on-page-2")));
    }

    private static List<String> names(Page page) {
        return page.locator("#station-list tbody tr td:first-child a").allTextContents().stream()
                .map(String::trim).toList();
    }
}
