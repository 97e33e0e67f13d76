package cn.quzhou.stations.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Production starts with no account; the first administrators come from PLATFORM_BOOTSTRAP_* settings. */
class BootstrapAdministratorsTests extends PlatformTest {

    @Autowired
    AccountRepository accounts;

    @Autowired
    AccountProvisioning provisioning;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void createsAnAdministratorOnlyWhileNobodyHoldsTheRoleWithAPasswordToChange() {
        world.ensure();
        long holder = accounts.findByUsername(world.username(Role.AUDIT_ADMIN)).orElseThrow().getId();
        jdbc.sql("delete from account_role where account_id = ? and role_code = 'AUDIT_ADMIN'").param(holder).update();
        try {
            run(new BootstrapAdministrators.BootstrapProperties(null, null, "first-auditor", "First@2026audit"));
            Account created = accounts.findByUsername("first-auditor").orElseThrow();
            assertThat(created.getRoles()).containsExactly(Role.AUDIT_ADMIN);
            assertThat(created.isMustChangePassword()).isTrue();

            run(new BootstrapAdministrators.BootstrapProperties(null, null, "second-auditor", "First@2026audit"));
            assertThat(accounts.existsByUsername("second-auditor")).as("a holder exists now").isFalse();
        } finally {
            jdbc.sql("insert into account_role (account_id, role_code) values (?, 'AUDIT_ADMIN')").param(holder).update();
        }
    }

    @Test
    void refusesToStartWithoutAPasswordForANewAdministrator() {
        world.ensure();
        long holder = accounts.findByUsername(world.username(Role.SECURITY_ADMIN)).orElseThrow().getId();
        jdbc.sql("delete from account_role where account_id = ? and role_code = 'SECURITY_ADMIN'").param(holder).update();
        try {
            assertThatThrownBy(() -> run(new BootstrapAdministrators.BootstrapProperties(null, "sec", null, null)))
                    .hasMessageContaining("PLATFORM_BOOTSTRAP_PASSWORD");
        } finally {
            jdbc.sql("insert into account_role (account_id, role_code) values (?, 'SECURITY_ADMIN')").param(holder).update();
        }
    }

    @Test
    void noSettingsCreateNoAccount() {
        world.ensure();
        long before = accounts.count();
        run(new BootstrapAdministrators.BootstrapProperties(null, null, null, null));
        assertThat(accounts.count()).isEqualTo(before);
    }

    private void run(BootstrapAdministrators.BootstrapProperties properties) {
        tx.executeWithoutResult(s -> new BootstrapAdministrators(properties, accounts, provisioning, audit).run(null));
    }
}
