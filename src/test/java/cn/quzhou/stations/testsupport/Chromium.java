package cn.quzhou.stations.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright. A missing browser fails the test run loudly: browser tests
 * are never skipped.
 */
public final class Chromium implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        Path executable = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            fail("Chromium is missing at " + executable + ": install it (apt-get install -y chromium fonts-wqy-microhei)"
                    + " or set CHROMIUM_PATH. Browser tests are never skipped.");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-gpu")));
        return new Chromium(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    /** A new browser context as the journeys use it (zh-CN, 1280×900, downloads accepted); closed with the browser. */
    public BrowserContext newContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1280, 900).setAcceptDownloads(true));
        context.setDefaultTimeout(10_000);
        return context;
    }

    /** A page of a new context, signed in as {@code username} with the test password. */
    public Page signIn(String baseUrl, String username) {
        Page page = newContext().newPage();
        page.navigate(baseUrl + "/login");
        page.fill("#username", username);
        page.fill("#password", World.PASSWORD);
        page.click("form[action$='/login'] button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    public static Path screenshot(String name) {
        return Path.of("target", "screenshots", name + ".png");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
