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
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page reachable from each role's menu, in Chinese and English at 1366×768, and the applicant's and the public
 * pages on a 390×844 phone: each answers, renders no {@code ??key??}, needs no horizontal scrolling, and axe-core
 * (npm, injected into the page) finds no WCAG 2.0/2.1 A or AA violation. Writes a screenshot of each page to
 * {@code target/screenshots/walk-*} (the README's screenshots are copied from there).
 */
@WithChromium
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageWalkBrowserTests extends PlatformTest {

    private static final String AXE = axe();
    private static final List<String> PUBLIC_PAGES = List.of("/login", "/public/notices", "/public/stations", "/public/policy",
            "/public/announcements", "/public/objections/lookup");

    private Chromium chromium;
    private final Set<String> ownPagesSeen = new java.util.HashSet<>();

    @BeforeAll
    void launch() {
        world.ensure();
    }

    static Stream<Arguments> desks() {
        List<Arguments> rows = new ArrayList<>();
        for (Role role : Role.values()) {
            rows.add(Arguments.of(role, "zh-CN", 1366, 768));
            rows.add(Arguments.of(role, "en", 1366, 768));
        }
        rows.add(Arguments.of(Role.APPLICANT, "zh-CN", 390, 844));
        rows.add(Arguments.of(Role.APPLICANT, "en", 390, 844));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} in {1} at {2}×{3}: every menu page fits, is translated and passes axe")
    @MethodSource("desks")
    void everyPageOfTheMenuFitsIsTranslatedAndPassesAxe(Role role, String language, int width, int height) {
        try (BrowserContext context = context(language, width, height)) {
            Page page = context.newPage();
            signIn(page, world.username(role), language);
            List<String> problems = new ArrayList<>();
            List<String> menu = new ArrayList<>(menu(page));
            for (int i = 0; i < menu.size(); i++) {
                String path = menu.get(i);
                if (ownPage(path) && !ownPagesSeen.add(language + width + path)) {
                    continue; // every role has the same account pages: checked once per language and width
                }
                // screenshots of the home page and the first menu entry, the role's main list, in Chinese
                boolean shot = i < 2 && language.equals("zh-CN");
                visit(page, path, shot ? role.name().toLowerCase() + "-" + width : null, axeRules(language), problems);
            }
            assertThat(problems).as("pages of " + role + " in " + language + " at " + width).isEmpty();
        }
    }

    @ParameterizedTest(name = "the public pages in {0} at {1}×{2} fit, are translated and pass axe")
    @MethodSource("publicDesks")
    void thePublicPagesFitAreTranslatedAndPassAxe(String language, int width, int height) {
        try (BrowserContext context = context(language, width, height)) {
            Page page = context.newPage();
            List<String> problems = new ArrayList<>();
            for (String path : PUBLIC_PAGES) {
                visit(page, path + "?lang=" + lang(language), language.equals("zh-CN") ? "public-" + width : null,
                        axeRules(language), problems);
            }
            assertThat(problems).as("public pages in " + language + " at " + width).isEmpty();
        }
    }

    static Stream<Arguments> publicDesks() {
        return Stream.of(Arguments.of("zh-CN", 390, 844), Arguments.of("en", 390, 844), Arguments.of("zh-CN", 1366, 768),
                Arguments.of("en", 1366, 768));
    }

    private BrowserContext context(String language, int width, int height) {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale(language)
                .setViewportSize(width, height).setBypassCSP(true)); // only so that axe-core can be injected
        context.setDefaultTimeout(15_000);
        return context;
    }

    private void signIn(Page page, String username, String language) {
        page.navigate(baseUrl() + "/login?lang=" + lang(language));
        page.fill("#username", username);
        page.fill("#password", World.PASSWORD);
        page.click("form[action$='/login'] button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate(baseUrl() + "/?lang=" + lang(language));
    }

    /** The home page and every page the navigation bar links to (its menus included), in the bar's order. */
    private Set<String> menu(Page page) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add("/");
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) page.evalOnSelectorAll("nav a[href]",
                "links => links.map(a => a.getAttribute('href'))");
        for (String href : hrefs) {
            if (href.startsWith("/") && !href.contains("lang=")) {
                paths.add(href);
            }
        }
        return paths;
    }

    private static boolean ownPage(String path) {
        return path.startsWith("/account/") || path.equals("/messages");
    }

    /**
     * Which axe-core rules run on a page: every WCAG 2.0/2.1 A and AA rule in Chinese, the platform's first language;
     * in English only the rules whose outcome can depend on the language (names, labels, titles, the page's language).
     * The rest (contrast above all, which is most of axe's time) read the same markup and style sheet in both
     * languages, and the English page's own risks, untranslated keys and wider text, are checked on every page anyway.
     */
    private static Map<String, Object> axeRules(String language) {
        // only the violations are read: axe then skips collecting the nodes of every passed check
        return Map.of("resultTypes", List.of("violations"), "runOnly", language.equals("zh-CN")
                ? Map.of("type", "tag", "values", List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                : Map.of("type", "rule", "values", LANGUAGE_RULES));
    }

    private static final List<String> LANGUAGE_RULES = List.of("document-title", "html-has-lang", "html-lang-valid",
            "valid-lang", "link-name", "button-name", "input-button-name", "label", "select-name", "image-alt",
            "input-image-alt", "aria-command-name", "aria-input-field-name", "aria-toggle-field-name",
            "aria-progressbar-name", "aria-meter-name", "aria-tooltip-name", "frame-title", "summary-name",
            "svg-img-alt", "role-img-alt", "object-alt");

    /** Checks one page; a screenshot named after {@code shot} unless it is null. */
    private void visit(Page page, String path, String shot, Map<String, Object> axeOptions, List<String> problems) {
        Response response = page.navigate(baseUrl() + path);
        if (response == null || response.status() >= 400) {
            problems.add(path + ": answered " + (response == null ? "nothing" : response.status()));
            return;
        }
        String text = page.innerText("body");
        if (text.contains("??")) {
            problems.add(path + ": an unresolved message key (??…??) is shown");
        }
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        if (((Number) overflow).intValue() > 0) {
            problems.add(path + ": " + overflow + " px wider than the window (horizontal scrolling)");
        }
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.evaluate("""
                async (options) => {
                  const result = await axe.run(document, options);
                  return result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
                }""", axeOptions);
        violations.forEach(v -> problems.add(path + ": " + v));
        if (shot != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("walk-" + shot + "-"
                    + path.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_(lang|zh)_.*", ""))));
        }
    }

    private static String lang(String language) {
        return language.equals("en") ? "en" : "zh_CN";
    }

    private static String axe() {
        try (InputStream in = PageWalkBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("axe-core is missing from the test resources", e);
        }
    }
}
