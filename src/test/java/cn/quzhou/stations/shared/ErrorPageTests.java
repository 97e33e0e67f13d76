package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.testsupport.HttpBrowser;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Over real HTTP, so the servlet container's error handling is what is shown. */
class ErrorPageTests extends PlatformTest {

    private HttpBrowser browser;

    @BeforeEach
    void signIn() throws Exception {
        world.ensure();
        browser = new HttpBrowser(baseUrl());
        String login = browser.get("/login").body();
        browser.postForm("/login", Map.of("username", world.username(cn.quzhou.stations.organisation.Role.CITY_CAST),
                "password", World.PASSWORD, "_csrf", HttpBrowser.csrfToken(login)));
    }

    @Test
    void anUnexpectedErrorShowsAFriendlyPageWithAReferenceAndNoDetail() throws Exception {
        HttpResponse<String> page = browser.get("/test-support/fail");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("系统繁忙").containsPattern("参考编号：[0-9A-F]{8}")
                .doesNotContain("secret-internal-detail-42").doesNotContain("IllegalStateException")
                .doesNotContain("at cn.quzhou");
    }

    @Test
    void aMissingRecordShowsTheNotFoundPageInChinese() throws Exception {
        HttpResponse<String> page = browser.get("/units/999999999");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("页面不存在").contains("参考编号");
    }

    @Test
    void theEnglishSwitchTranslatesThePage() throws Exception {
        assertThat(browser.get("/?lang=en").body()).contains("Welcome").contains("To do");
        assertThat(browser.get("/").body()).contains("Welcome");
        assertThat(browser.get("/?lang=zh_CN").body()).contains("您好").contains("待办事项");
    }
}
