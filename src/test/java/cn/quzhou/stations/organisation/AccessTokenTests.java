package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.audit.AuditQuery;
import cn.quzhou.stations.audit.AuditTrail;
import cn.quzhou.stations.organisation.internal.AccessTokenSecrets;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;

/** Personal access tokens: created on a page, shown once, stored as a hash, revoked, expired. */
class AccessTokenTests extends PlatformTest {

    private static final Pattern TOKEN = Pattern.compile("qzst_[A-Za-z0-9_-]{43}");

    @Autowired
    AccessTokens tokens;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @Test
    void aTokenCreatedOnThePageActsAsItsAccountUntilItIsRevoked() throws Exception {
        var owner = freshUser("life");
        String page = mvc.perform(post("/account/tokens").with(user(owner)).with(csrf())
                        .param("name", "统计脚本").param("validDays", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("离开本页后将无法再次查看该令牌")))
                .andReturn().getResponse().getContentAsString();
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).isTrue();
        String token = m.group();

        callMe(token).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(owner.getUsername()))
                .andExpect(jsonPath("$.scope.kind").value("NONE"));
        // the list shows the token's start, its use, never the token itself
        mvc.perform(get("/account/tokens").with(user(owner)))
                .andExpect(content().string(containsString(token.substring(0, 12))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("从未使用"))));

        long id = as(owner, () -> tokens.mine()).get(0).id();
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(user(owner)).with(csrf()))
                .andExpect(redirectedUrl("/account/tokens"));
        callMe(token).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.error").value("unauthorized"))
                .andExpect(jsonPath("$.message").value("访问令牌无效、已过期或已被吊销。"));
        assertThat(as(owner, () -> tokens.mine())).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(AccessTokenView.Status.REVOKED));
    }

    @Test
    void creatingAndRevokingAreAuditedWithoutTheToken() {
        var owner = freshUser("audit");
        CreatedToken created = as(owner, () -> tokens.create("审计令牌", 7));
        as(owner, () -> {
            tokens.revoke(created.view().id());
            return null;
        });
        var rows = as(world.user(Role.AUDIT_ADMIN), () -> auditTrail.search(
                new AuditQuery(owner.getUsername(), "token", null, null, null, null), 0, 10).entries());
        assertThat(rows).extracting(e -> e.action()).containsExactly("token.revoke", "token.create");
        assertThat(rows).allSatisfy(e -> assertThat(e.summary()).doesNotContain(created.token())
                .contains(created.view().prefix()));
    }

    @Test
    void onlyTheHashOfATokenIsStored() {
        var owner = freshUser("hash");
        CreatedToken created = as(owner, () -> tokens.create("哈希", null));
        var row = jdbc.sql("select token_hash, token_prefix from personal_access_token where id = ?")
                .param(created.view().id()).query().singleRow();
        assertThat(row.get("token_hash")).isEqualTo(AccessTokenSecrets.hash(created.token()));
        assertThat(row.get("token_prefix")).isEqualTo(created.token().substring(0, 12));
        assertThat(created.view().expiresAt()).as("every token expires (issue #10): 90 days when none is asked for")
                .isEqualTo(created.view().createdAt().plus(java.time.Duration.ofDays(AccessTokens.DEFAULT_VALID_DAYS)));
        assertThat(created.toString()).doesNotContain(created.token());
    }

    @Test
    void anExpiredTokenNoLongerAuthenticates() throws Exception {
        var owner = freshUser("expiry");
        String token = ApiTokens.create(owner, tokens, "一天", 1);
        callMe(token).andExpect(status().isOk());
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        callMe(token).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.error").value("unauthorized"));
        assertThat(as(owner, () -> tokens.mine())).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(AccessTokenView.Status.EXPIRED));
    }

    @Test
    void aTokenOfADisabledAccountNoLongerAuthenticates() throws Exception {
        var owner = freshUser("disabled");
        String token = ApiTokens.create(owner, tokens, "停用前", null);
        callMe(token).andExpect(status().isOk());
        as(world.user(Role.SYSTEM_ADMIN), () -> {
            accounts.setEnabled(owner.accountId(), false);
            return null;
        });
        callMe(token).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenThatWasNeverIssuedIsRefused() throws Exception {
        callMe("qzst_" + "A".repeat(43)).andExpect(status().isUnauthorized());
        callMe("not-even-a-token").andExpect(status().isUnauthorized());
    }

    @Test
    void nobodyRevokesAnotherAccountsToken() throws Exception {
        var owner = freshUser("victim");
        String token = ApiTokens.create(owner, tokens, "他人", null);
        long id = as(owner, () -> tokens.mine()).get(0).id();
        var intruder = world.user(Role.CITY_CAST);
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(user(intruder)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(ApiTokens.bearer(delete("/api/tokens/{id}", id), ApiTokens.of(Role.CITY_CAST, world, tokens)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("not_found"));
        callMe(token).andExpect(status().isOk());
        // the owner may, through the API too
        mvc.perform(ApiTokens.bearer(delete("/api/tokens/{id}", id), token)).andExpect(status().isNoContent());
        callMe(token).andExpect(status().isUnauthorized());
    }

    @Test
    void theFormRefusesAMissingNameAndAValidityOutsideOneToThreeHundredSixtyFiveDays() throws Exception {
        var owner = freshUser("form");
        mvc.perform(post("/account/tokens").with(user(owner)).with(csrf()).param("name", "").param("validDays", "366"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项必填")))
                .andExpect(content().string(containsString("有效天数应在 1 到 365 之间")));
        assertThat(as(owner, () -> tokens.mine())).isEmpty();
    }

    @Test
    void theUserMenuLinksToTheTokenPage() throws Exception {
        mvc.perform(get("/").with(user(world.user(Role.APPLICANT))))
                .andExpect(content().string(containsString("href=\"/account/tokens\"")));
    }

    private ResultActions callMe(String token) throws Exception {
        return mvc.perform(get("/api/me").header("Authorization", "Bearer " + token));
    }

    private PlatformUser freshUser(String prefix) {
        return (PlatformUser) users.loadUserByUsername(world.freshAccount(prefix, null, null).getUsername());
    }
}
