package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.shared.RowOutcome;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 批量启用/停用 on the account list: each account on its own, audited; one's own account is refused alone. */
class AccountBatchTests extends PlatformTest {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        world.ensure();
    }

    @Test
    void theTickedAccountsAreDisabledAndEnabledAgainEachAuditedAndTheAdministratorsOwnIsRefused() throws Exception {
        long one = world.freshAccount("batch-one", null, null).getId();
        long two = world.freshAccount("batch-two", null, null).getId();
        long self = world.user(Role.SYSTEM_ADMIN).accountId();

        var disabled = mvc.perform(post("/admin/accounts/enabled").param("ids", String.valueOf(one), String.valueOf(two),
                        String.valueOf(self)).param("enabled", "false").param("back", "/admin/accounts?q=batch")
                .with(user(world.user(Role.SYSTEM_ADMIN))).with(csrf())).andReturn();
        assertThat(disabled.getResponse().getRedirectedUrl()).isEqualTo("/admin/accounts?q=batch");
        @SuppressWarnings("unchecked")
        List<RowOutcome> outcomes = (List<RowOutcome>) disabled.getFlashMap().get("batchOutcomes");
        assertThat(outcomes).extracting(RowOutcome::done).containsExactly(true, true, false);
        assertThat(outcomes.get(2).messageKey()).isEqualTo("account.error.self");
        assertThat(enabled(one)).isFalse();
        assertThat(enabled(two)).isFalse();
        assertThat(enabled(self)).isTrue();

        mvc.perform(post("/admin/accounts/enabled").param("ids", String.valueOf(one)).param("enabled", "true")
                .with(user(world.user(Role.SYSTEM_ADMIN))).with(csrf()));
        assertThat(enabled(one)).isTrue();
        assertThat(jdbc.sql("select action from audit_event where object_type = 'account' and object_id = ? order by id")
                .param(String.valueOf(one)).query(String.class).list()).containsSubsequence("account.disable", "account.enable");
    }

    @Test
    void aSecurityAdministratorCannotDisableInBatch() throws Exception {
        long one = world.freshAccount("batch-three", null, null).getId();
        int status = mvc.perform(post("/admin/accounts/enabled").param("ids", String.valueOf(one)).param("enabled", "false")
                .with(user(world.user(Role.SECURITY_ADMIN))).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(enabled(one)).isTrue();
    }

    private boolean enabled(long account) {
        return jdbc.sql("select enabled from account where id = ?").param(account).query(Boolean.class).single();
    }
}
