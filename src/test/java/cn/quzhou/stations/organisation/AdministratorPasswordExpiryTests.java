package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import java.sql.Timestamp;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Administrators' passwords expire (issue #10 §6; {@code platform.security.admin-password-max-age}, 90 days): an
 * expired one signs in only to the forced change. Ages are measured against the injected clock.
 */
class AdministratorPasswordExpiryTests extends PlatformTest {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}, password set {1} ago → {2}")
    @CsvSource({
        "AUDIT_ADMIN,    P91D,      /account/password",
        "AUDIT_ADMIN,    P90DT1M,   /account/password",
        "AUDIT_ADMIN,    P89DT23H,  /",
        "SECURITY_ADMIN, P120D,     /account/password",
        "SYSTEM_ADMIN,   P100D,     /account/password",
        "CITY_CAST,      P400D,     /",
        "APPLICANT,      P400D,     /",
    })
    void anExpiredAdministratorPasswordMustBeChangedAtSignIn(Role role, Duration age, String next) throws Exception {
        world.ensure();
        Account a = world.freshAccount("expiry", role == Role.APPLICANT ? world.homeUnit.getId() : null, null);
        jdbc.sql("insert into account_role (account_id, role_code) values (?, ?)").params(a.getId(), role.name()).update();
        jdbc.sql("update account set password_changed_at = ? where id = ?")
                .params(Timestamp.from(clock.instant().minus(age)), a.getId()).update();

        String redirect = mvc.perform(post("/login").with(csrf()).param("username", a.getUsername())
                .param("password", World.PASSWORD)).andReturn().getResponse().getRedirectedUrl();

        assertThat(redirect).isEqualTo(next);
    }
}
