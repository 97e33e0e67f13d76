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

/**
 * Production starts with no account; the first administrators come from PLATFORM_BOOTSTRAP_* settings, each with its
 * own secret (三员分立): given per role, or generated into the operator's file — never one shared by all three.
 */
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

    @Autowired
    OperatorSecrets operator;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @Test
    void createsAnAdministratorOnlyWhileNobodyHoldsTheRoleWithAPasswordToChange() {
        world.ensure();
        List<Long> holders = removeHolders(Role.AUDIT_ADMIN);
        try {
            run(new BootstrapAdministrators.BootstrapProperties(null, null, "first-auditor", null, null, "Initial@2026secret", null));
            Account created = accounts.findByUsername("first-auditor").orElseThrow();
            assertThat(created.getRoles()).containsExactly(Role.AUDIT_ADMIN);
            assertThat(created.isMustChangePassword()).isTrue();

            run(new BootstrapAdministrators.BootstrapProperties(null, null, "second-auditor", null, null, "Initial@2026secret", null));
            assertThat(accounts.existsByUsername("second-auditor")).as("a holder exists now").isFalse();
        } finally {
            restoreHolders(Role.AUDIT_ADMIN, holders);
        }
    }

    @Test
    void withoutAGivenSecretEachAdministratorGetsItsOwnGeneratedOneInTheOperatorsFileNotInTheLog() throws Exception {
        world.ensure();
        List<Long> security = removeHolders(Role.SECURITY_ADMIN);
        List<Long> audit = removeHolders(Role.AUDIT_ADMIN);
        try {
            run(new BootstrapAdministrators.BootstrapProperties(null, "boot-sec", "boot-audit", null, null, null, null));
            String sec = secretFor("boot-sec");
            String aud = secretFor("boot-audit");
            assertThat(sec).isNotEqualTo(aud);
            assertThat(encoder.matches(sec, accounts.findByUsername("boot-sec").orElseThrow().getPasswordHash())).isTrue();
            assertThat(encoder.matches(sec, accounts.findByUsername("boot-audit").orElseThrow().getPasswordHash()))
                    .as("one administrator's secret never opens another's account").isFalse();
            assertThat(accounts.findByUsername("boot-audit").orElseThrow().isMustChangePassword()).isTrue();
            if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        java.nio.file.Files.getPosixFilePermissions(operator.file()))).isEqualTo("rw-------");
            }
        } finally {
            restoreHolders(Role.SECURITY_ADMIN, security);
            restoreHolders(Role.AUDIT_ADMIN, audit);
        }
    }

    @Test
    void theFormerSharedBootstrapPasswordIsRefused() {
        assertThatThrownBy(() -> run(new BootstrapAdministrators.BootstrapProperties(null, "sec", null, null, null, null,
                "Shared@2026boot"))).hasMessageContaining("PLATFORM_BOOTSTRAP_PASSWORD is no longer read");
    }

    @Test
    void twoAdministratorsGivenTheSameSecretAreRefused() {
        assertThatThrownBy(() -> run(new BootstrapAdministrators.BootstrapProperties("a", "b", null, "Same@2026secret",
                "Same@2026secret", null, null))).hasMessageContaining("must differ");
    }

    /** The last secret the operator's file holds for {@code username}. */
    private String secretFor(String username) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(operator.file()).stream().map(l -> l.split("\t"))
                .filter(f -> f.length == 4 && f[1].equals(username)).reduce((a, b) -> b).orElseThrow()[3];
    }

    @Test
    void noSettingsCreateNoAccount() {
        world.ensure();
        long before = accounts.count();
        run(new BootstrapAdministrators.BootstrapProperties(null, null, null, null, null, null, null));
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
        tx.executeWithoutResult(s -> new BootstrapAdministrators(properties, accounts, provisioning, operator, audit).run(null));
    }
}
