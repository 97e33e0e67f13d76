package cn.quzhou.stations.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.List;
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
        List<Long> holders = removeHolders(Role.AUDIT_ADMIN);
        try {
            run(new BootstrapAdministrators.BootstrapProperties(null, null, "first-auditor", "First@2026audit"));
            Account created = accounts.findByUsername("first-auditor").orElseThrow();
            assertThat(created.getRoles()).containsExactly(Role.AUDIT_ADMIN);
            assertThat(created.isMustChangePassword()).isTrue();

            run(new BootstrapAdministrators.BootstrapProperties(null, null, "second-auditor", "First@2026audit"));
            assertThat(accounts.existsByUsername("second-auditor")).as("a holder exists now").isFalse();
        } finally {
            restoreHolders(Role.AUDIT_ADMIN, holders);
        }
    }

    @Test
    void refusesToStartWithoutAPasswordForANewAdministrator() {
        world.ensure();
        List<Long> holders = removeHolders(Role.SECURITY_ADMIN);
        try {
            assertThatThrownBy(() -> run(new BootstrapAdministrators.BootstrapProperties(null, "sec", null, null)))
                    .hasMessageContaining("PLATFORM_BOOTSTRAP_PASSWORD");
        } finally {
            restoreHolders(Role.SECURITY_ADMIN, holders);
        }
    }

    @Test
    void noSettingsCreateNoAccount() {
        world.ensure();
        long before = accounts.count();
        run(new BootstrapAdministrators.BootstrapProperties(null, null, null, null));
        assertThat(accounts.count()).isEqualTo(before);
    }

    /** Other tests may have made more holders of the role: take them all away for the test, then give them back. */
    private List<Long> removeHolders(Role role) {
        List<Long> holders = jdbc.sql("select account_id from account_role where role_code = ?").param(role.name())
                .query(Long.class).list();
        jdbc.sql("delete from account_role where role_code = ?").param(role.name()).update();
        return holders;
    }

    private void restoreHolders(Role role, List<Long> holders) {
        holders.forEach(id -> jdbc.sql("insert into account_role (account_id, role_code) values (?, ?)")
                .params(id, role.name()).update());
    }

    private void run(BootstrapAdministrators.BootstrapProperties properties) {
        tx.executeWithoutResult(s -> new BootstrapAdministrators(properties, accounts, provisioning, audit).run(null));
    }
}
