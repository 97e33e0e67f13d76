package cn.quzhou.stations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.Chromium;
import cn.quzhou.stations.testsupport.WithChromium;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Real people's first steps, in a real browser: signing in as every role, and being locked out. */
@WithChromium
class BrowserJourneyTests extends PlatformTest {

    private static Chromium chromium;

    @Autowired
    MessageSource messages;

    private BrowserContext context;
    private Page page;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void openPage() {
        world.ensure();
        context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900));
        context.setDefaultTimeout(10_000);
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text());
            }
        });
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleSignsInAndSeesItsHomePageInChinese(Role role) {
        page.navigate(baseUrl() + "/");
        assertThat(page.url()).endsWith("/login");
        signIn(world.username(role), World.PASSWORD);
        waitForHome();
        assertThat(page.locator("h1").textContent()).contains("您好");
        String roleLabel = messages.getMessage("role." + role.name(), null, Locale.SIMPLIFIED_CHINESE);
        assertThat(page.locator("main").textContent()).contains(roleLabel).contains("待办事项");
        if (role.isAdmin()) {
            // administrators are handed no business work
            assertThat(page.locator("#todo-empty").textContent()).contains("暂无待办事项");
        }
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("zh-CN");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("home-" + role.name().toLowerCase()))
                .setFullPage(true));
        assertThat(consoleErrors).as("no script errors or CSP violations").isEmpty();
    }

    @Test
    void aLockedAccountIsToldSo() {
        String username = world.freshAccount("browser-lock", null, null).getUsername();
        page.navigate(baseUrl() + "/login");
        for (int i = 1; i <= 4; i++) {
            signIn(username, "Wrong@2026pass");
            assertThat(page.locator("#login-error").textContent()).contains("用户名或密码错误");
        }
        signIn(username, "Wrong@2026pass");
        assertThat(page.locator("#login-error").textContent()).contains("账户已被锁定");
        signIn(username, World.PASSWORD);
        assertThat(page.locator("#login-error").textContent()).contains("账户已被锁定");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("login-locked")));
    }

    @Test
    void theLanguageSwitchShowsEnglishAndBack() {
        page.navigate(baseUrl() + "/login");
        signIn(world.username(Role.CITY_CAST), World.PASSWORD);
        waitForHome();
        page.click("text=English");
        assertThat(page.locator("h1").textContent()).contains("Welcome");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("home-english")));
        page.click("text=中文");
        assertThat(page.locator("h1").textContent()).contains("您好");
    }

    @Test
    void aMalformedCreditCodeIsShownAtItsFieldAndNothingTypedIsLost() {
        page.navigate(baseUrl() + "/login");
        signIn(world.username(Role.CITY_CAST), World.PASSWORD);
        waitForHome();
        page.navigate(baseUrl() + "/units/new");
        page.fill("#name", "浏览器测试单位");
        page.fill("#creditCode", "91330800MA2DH4KL2N");
        page.selectOption("#jurisdictionId", new com.microsoft.playwright.options.SelectOption().setLabel("江山市"));
        page.check("input[name=nature][value=ENTERPRISE]");
        page.check("input[name=businessFields][value=CHEMICAL]");
        page.click("main button[type=submit]");
        assertThat(page.locator("#creditCode").getAttribute("class")).contains("is-invalid");
        assertThat(page.locator("#creditCode ~ .invalid-feedback").textContent()).contains("校验码不正确");
        assertThat(page.inputValue("#name")).isEqualTo("浏览器测试单位");
        assertThat(page.inputValue("#creditCode")).isEqualTo("91330800MA2DH4KL2N");
        assertThat(page.isChecked("input[name=businessFields][value=CHEMICAL]")).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("unit-form-error")).setFullPage(true));
    }

    /** After sign-in the saved request may carry Spring Security's {@code ?continue} marker. */
    private void waitForHome() {
        page.waitForURL(url -> url.equals(baseUrl() + "/") || url.equals(baseUrl() + "/?continue"));
    }

    private void signIn(String username, String password) {
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("form[action$='/login'] button[type=submit]");
        page.waitForLoadState();
    }
}
