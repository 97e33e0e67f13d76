package cn.quzhou.stations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.application.PanelFixtures;
import cn.quzhou.stations.application.PanelFixtures.ExpertAccount;
import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.testsupport.Chromium;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.WithChromium;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Small changes without a reload, in a real browser (issue #16): an expert assigned on the panel page, a refused one
 * told why at the expert chosen, and messages marked read with the badge in the menu counting down — each through
 * htmx, the page otherwise as it was ({@code window.loadedOnce} survives).
 */
@WithChromium
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InPlaceJourneyTests extends PlatformTest {

    @Autowired
    PanelFixtures panels;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    Notifications notifications;

    private Chromium chromium;

    @Test
    void theCityCastAssignsAnExpertAndIsToldOfAConflictWithoutThePanelPageReloading() {
        world.ensure();
        long app = panels.atPanelReview("浏览器分配服务站", applications.newSociety(SocietyLevel.NATIONAL));
        long panel = panels.form("浏览器分配小组", Set.of(panels.clean("浏览器首位专家").id()), Set.of(app));
        ExpertAccount added = panels.clean("浏览器追加专家");
        ExpertAccount ownUnit = panels.expert("浏览器本单位专家", world.cityUnit.getId(), Set.of());

        Page page = chromium.signIn(baseUrl(), world.username(Role.CITY_CAST));
        page.navigate(baseUrl() + "/panels/" + panel);
        page.evaluate("() => window.loadedOnce = true");   // gone if the assignment reloaded the whole page

        page.selectOption("#assign-expert", String.valueOf(added.id()));
        page.click("#assign-form button");
        page.locator("#panel-assignments td", new Page.LocatorOptions().setHasText("浏览器追加专家")).waitFor();
        assertThat(page.locator("#page-notice").textContent()).contains("已追加分配专家");

        page.selectOption("#assign-expert", String.valueOf(ownUnit.id()));
        page.click("#assign-form button");
        page.locator("#assign-expert-error").waitFor();
        assertThat(page.locator("#assign-expert-error").textContent()).contains("浏览器本单位专家");
        assertThat(page.locator("#assign-expert").inputValue()).isEqualTo(String.valueOf(ownUnit.id()));
        assertThat(page.locator("#page-notice").count()).as("the earlier notice gone with the refusal").isZero();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("panel-assign-refused-in-place")));

        assertThat(page.evaluate("() => window.loadedOnce === true")).as("assigned and refused without a reload")
                .isEqualTo(true);
    }

    @Test
    void messagesMarkedReadLeaveTheInboxAndCountDownTheBadgeWithoutAReload() {
        Account reader = world.freshAccount("in-place-reader", null, null);
        for (int i = 0; i < 3; i++) {
            notifications.notify(List.of(reader.getId()), "application.message.review", List.of("就地" + i),
                    "/applications/1");
        }
        Page page = chromium.signIn(baseUrl(), reader.getUsername());
        page.navigate(baseUrl() + "/messages");
        assertThat(page.locator("#unread-badge").textContent()).isEqualTo("3");
        page.evaluate("() => window.loadedOnce = true");

        page.locator("#messages tbody input[name=ids]").first().check();
        page.click("#mark-read");
        page.locator("#unread-badge", new Page.LocatorOptions().setHasText("2")).waitFor();
        assertThat(page.locator("#page-notice").textContent()).contains("已将 1 条消息标为已读");
        assertThat(page.locator("#messages tr.message-unread").count()).isEqualTo(2);

        page.locator("#messages tbody input[name=ids]").nth(1).check();
        page.locator("#messages tbody input[name=ids]").nth(2).check();
        page.click("#mark-read");
        page.locator("#unread-badge").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        assertThat(page.locator("#messages tr.message-unread").count()).isZero();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("inbox-marked-read-in-place")));

        assertThat(page.evaluate("() => window.loadedOnce === true")).as("marked read without a reload").isEqualTo(true);
    }
}
