package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.testsupport.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** 三员分立: system, security and audit administration never meet in one account. */
class AdministratorSeparationTests extends PlatformTest {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @Test
    void twoAdministratorRolesOnOneAccountAreRefused() {
        long id = world.freshAccount("admin", null, null).getId();
        PlatformUser security = world.user(Role.SECURITY_ADMIN);
        as(security, () -> run(() -> accounts.grant(id, Role.SYSTEM_ADMIN)));
        assertThatThrownBy(() -> as(security, () -> run(() -> accounts.grant(id, Role.AUDIT_ADMIN))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("account.error.adminSeparation");
        assertThat(as(security, () -> accounts.get(id)).roles()).containsExactly(Role.SYSTEM_ADMIN);
    }

    @Test
    void anAdministratorRoleAndABusinessRoleOnOneAccountAreRefused() {
        long id = world.freshAccount("mixed", null, null).getId();
        PlatformUser security = world.user(Role.SECURITY_ADMIN);
        as(security, () -> run(() -> accounts.grant(id, Role.CITY_CAST)));
        assertThatThrownBy(() -> as(security, () -> run(() -> accounts.grant(id, Role.AUDIT_ADMIN))))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theDatabaseRefusesASecondAdministratorRoleWrittenAroundTheApplication() {
        long id = world.freshAccount("sql", null, null).getId();
        jdbc.sql("insert into account_role (account_id, role_code) values (?, 'SECURITY_ADMIN')").param(id).update();
        assertThatThrownBy(() -> jdbc.sql("insert into account_role (account_id, role_code) values (?, 'AUDIT_ADMIN')")
                .param(id).update()).hasMessageContaining("separation of administrator roles");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SYSTEM_ADMIN", "AUDIT_ADMIN"})
    void onlyTheSecurityAdministratorGrantsRoles(Role role) {
        long id = world.freshAccount("nogrant", null, null).getId();
        assertThatThrownBy(() -> as(world.user(role), () -> run(() -> accounts.grant(id, Role.CITY_TALENT))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAuditAdministratorCannotChangeAnything() {
        long id = world.freshAccount("ro", null, null).getId();
        PlatformUser audit = world.user(Role.AUDIT_ADMIN);
        assertThatThrownBy(() -> as(audit, () -> run(() -> accounts.setEnabled(id, false)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(audit, () -> run(() -> accounts.unlock(id)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(audit, () -> accounts.create(NewAccountCommand.empty()))).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.permissions()).containsExactly("audit:read");
    }

    @Test
    void nobodyChangesTheirOwnRoles() {
        PlatformUser security = world.user(Role.SECURITY_ADMIN);
        assertThatThrownBy(() -> as(security, () -> run(() -> accounts.revoke(security.accountId(), Role.SECURITY_ADMIN))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("account.error.self");
    }

    @Test
    void aCountyRoleNeedsACountyBinding() {
        PlatformUser security = world.user(Role.SECURITY_ADMIN);
        long unbound = world.freshAccount("county", null, null).getId();
        long cityDirect = world.freshAccount("citydirect", null, world.cityDirect).getId();
        assertThatThrownBy(() -> as(security, () -> run(() -> accounts.grant(unbound, Role.COUNTY_CAST))))
                .hasMessage("account.error.bindingRequired.COUNTY_CAST");
        assertThatThrownBy(() -> as(security, () -> run(() -> accounts.grant(cityDirect, Role.COUNTY_TALENT))))
                .hasMessage("account.error.bindingRequired.COUNTY_TALENT");
    }

    private static Void run(Runnable r) {
        r.run();
        return null;
    }
}
