package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.testsupport.TestYears;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.shared.ConflictException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Separation of duties on the self-report route (issue #10 §3), with incompatible roles forced into the database:
 * one person never acts on two steps of one self-report, nor on their own unit's report. Evaluation year 2152.
 */
class ReportDutySeparationTests extends EvaluationRouteTest {

    private static final int YEAR = TestYears.claim(2152);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void oneAccountHoldingBothCountyRolesCannotCheckAndForwardTheSameReport() {
        world.ensure();
        long station = fixtures.countyStation("江山兼任考核服务站", YEAR);
        today(LocalDate.of(YEAR + 1, 1, 5));
        fixtures.open(YEAR, LocalDate.of(YEAR + 1, 1, 20));
        long report = fixtures.reportOf(YEAR, station);
        fixtures.submitFull(station, YEAR);
        Account account = world.freshAccount("reportboth", null, world.homeJurisdiction);
        PlatformUser both = withRolesWrittenDirectly(account, Role.COUNTY_CAST, Role.COUNTY_TALENT);

        as(both, () -> reports.countyCheck(report, new RouteCommand(RouteDecision.PASS, "真实完整。", fixtures.version(report))));
        assertThat(status(report)).isEqualTo(SelfReportStatus.COUNTY_TALENT);

        assertThatThrownBy(() -> as(both, () -> reports.countyForward(report,
                new RouteCommand(RouteDecision.PASS, "同意报送。", fixtures.version(report)))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("evaluation.error.twoSteps");
        assertThat(status(report)).isEqualTo(SelfReportStatus.COUNTY_TALENT);

        decide(Role.COUNTY_TALENT, report, RouteDecision.PASS, "同意报送。");
        assertThat(status(report)).isEqualTo(SelfReportStatus.CITY_REVIEW);

        Account unitAccount = world.freshAccount("reportunit", world.homeUnit.getId(), null);
        PlatformUser unitAndCity = withRolesWrittenDirectly(unitAccount, Role.APPLICANT, Role.CITY_CAST);
        assertThatThrownBy(() -> as(unitAndCity, () -> reports.cityDecision(report,
                new RouteCommand(RouteDecision.VERIFY, "已核实。", fixtures.version(report)))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("evaluation.error.ownUnit");
        assertThat(status(report)).isEqualTo(SelfReportStatus.CITY_REVIEW);
    }

    private PlatformUser withRolesWrittenDirectly(Account account, Role... roles) {
        for (Role role : roles) {
            jdbc.sql("insert into account_role (account_id, role_code) values (?, ?)").params(account.getId(), role.name())
                    .update();
        }
        return (PlatformUser) users.loadUserByUsername(account.getUsername());
    }
}
