package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.application.internal.ApplicationPolicies;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Art. 3(2)'s period in principle is dated policy data: a revision applies from its date, not before. */
class ApplicationPolicyTests extends PlatformTest {

    @Autowired
    ApplicationPolicies policies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCooperationPeriodInPrincipleIsThreeYearsUnderTheMeasuresOf2021() {
        assertThat(policies.defaultCooperationYears(LocalDate.of(2021, 8, 17))).isEqualTo(3);
        assertThat(policies.defaultCooperationYears(LocalDate.of(2026, 11, 25))).isEqualTo(3);
    }

    @Test
    void aLaterRevisionAppliesFromItsEffectiveDateOnly() {
        jdbc.sql("insert into application_policy (effective_from, default_cooperation_years, source) values (?, 5, '测试修订')")
                .param(java.sql.Date.valueOf(LocalDate.of(2099, 1, 1))).update();
        try {
            assertThat(policies.defaultCooperationYears(LocalDate.of(2098, 12, 31))).isEqualTo(3);
            assertThat(policies.defaultCooperationYears(LocalDate.of(2099, 1, 1))).isEqualTo(5);
        } finally {
            jdbc.sql("delete from application_policy where effective_from = ?")
                    .param(java.sql.Date.valueOf(LocalDate.of(2099, 1, 1))).update();
        }
    }
}
