package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.audit.AuditQuery;
import cn.quzhou.stations.audit.AuditTrail;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.test.web.servlet.MvcResult;

class SignInTests extends PlatformTest {

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    ServerProperties server;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @Test
    void signsInWithTheRightPasswordAndGetsANewSessionId() throws Exception {
        var browser = new cn.quzhou.stations.testsupport.HttpBrowser(baseUrl());
        String loginPage = browser.get("/login").body();
        String before = browser.cookie("SESSION");
        var response = browser.postForm("/login", java.util.Map.of("username", world.username(Role.CITY_CAST),
                "password", World.PASSWORD, "_csrf", cn.quzhou.stations.testsupport.HttpBrowser.csrfToken(loginPage)));
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(browser.cookie("SESSION")).isNotBlank().isNotEqualTo(before);
    }

    @Test
    void theSignInPageStatesTheConfiguredLockOutLimits() throws Exception {
        String page = mvc.perform(get("/login").header("Accept-Language", "zh-CN")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("连续输错 5 次，账户将被锁定 15 分钟");
        String locked = mvc.perform(get("/login?error=locked").header("Accept-Language", "zh-CN")).andReturn()
                .getResponse().getContentAsString();
        assertThat(locked).contains("请 15 分钟后再试");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
        var fresh = world.freshAccount("pw", null, null);
        mvc.perform(post("/login").with(csrf()).param("username", fresh.getUsername()).param("password", "Wrong@2026pass"))
                .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(post("/login").with(csrf()).param("username", "nobody-" + fresh.getId()).param("password", "Wrong@2026pass"))
                .andExpect(redirectedUrl("/login?error=credentials"));
    }

    @Test
    void fiveFailuresLockAKnownAndAnUnknownNameAlikeForFifteenMinutes() throws Exception {
        var known = world.freshAccount("lock", null, null);
        String unknown = "ghost-" + known.getId();
        for (String name : new String[] {known.getUsername(), unknown}) {
            for (int i = 1; i <= 4; i++) {
                failOnce(name).andExpect(redirectedUrl("/login?error=credentials"));
            }
            failOnce(name).andExpect(redirectedUrl("/login?error=locked"));
        }
        // the right password does not help while locked
        mvc.perform(post("/login").with(csrf()).param("username", known.getUsername()).param("password", World.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
        clock.advance(Duration.ofMinutes(15));
        mvc.perform(post("/login").with(csrf()).param("username", known.getUsername()).param("password", World.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void everySignInAndFailureIsAudited() throws Exception {
        var account = world.freshAccount("audited", null, null);
        failOnce(account.getUsername());
        mvc.perform(post("/login").with(csrf()).param("username", account.getUsername()).param("password", World.PASSWORD));
        var rows = as(world.user(Role.AUDIT_ADMIN), () -> auditTrail.search(
                new AuditQuery(account.getUsername(), "signin", null, null, null, null), 0, 10).entries());
        assertThat(rows).extracting(e -> e.outcome().name()).containsExactly("SUCCESS", "FAILURE");
        assertThat(rows).allSatisfy(e -> assertThat(e.actorIp()).isNotBlank());
    }

    @Test
    void stateChangesWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
        mvc.perform(post("/societies/new").with(user(world.user(Role.CITY_CAST))).param("name", "无令牌学会")
                .param("level", "NATIONAL")).andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))));
    }

    @Test
    void idleSessionsExpireAfterThirtyMinutes() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/units")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void theLoginPageOffersTheLegalPersonSignIn() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/oauth2/authorization/zjzwfw").contains("浙江政务服务网法人账户");
    }

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        var account = world.freshAccount("temp", null, null, true);
        // sessions live in Spring Session's store: the browser is known by its session cookie, as a real one is
        jakarta.servlet.http.Cookie session = mvc.perform(post("/login").with(csrf())
                        .param("username", account.getUsername()).param("password", World.PASSWORD))
                .andExpect(redirectedUrl("/account/password")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", World.PASSWORD)
                .param("newPassword", "short").param("confirmPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("密码至少 10 位")));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", World.PASSWORD)
                .param("newPassword", "Changed@2026x").param("confirmPassword", "Changed@2026x"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions failOnce(String username) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "Wrong@2026pass"));
    }
}
