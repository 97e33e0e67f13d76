package cn.quzhou.stations.application;

import static cn.quzhou.stations.application.ApplicationFixtures.pass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.testsupport.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Separation of duties, belt and braces (issue #10 §3): even with incompatible roles forced into the database
 * around the grant, one person never acts on two steps of one application, nor on their own unit's application.
 */
class ApplicationDutySeparationTests extends PlatformTest {

    @Autowired
    Applications applications;

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private Society society;

    @BeforeEach
    void world() {
        world.ensure();
        society = fixtures.newSociety(SocietyLevel.NATIONAL);
    }

    @Test
    void oneAccountHoldingBothCountyRolesCannotPassBothCountySteps() {
        Account account = world.freshAccount("bothcounty", null, world.homeJurisdiction);
        PlatformUser both = withRolesWrittenDirectly(account, Role.COUNTY_CAST, Role.COUNTY_TALENT);
        long id = fixtures.submittedHome("兼任县级服务站", society);

        decide(both, id);
        assertThat(status(id)).isEqualTo(ApplicationStatus.COUNTY_TALENT_RECOGNITION);

        assertThatThrownBy(() -> decide(both, id)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("application.error.twoSteps");
        assertThat(status(id)).isEqualTo(ApplicationStatus.COUNTY_TALENT_RECOGNITION);
        decide(world.user(Role.COUNTY_TALENT), id);
        assertThat(status(id)).as("another person takes the step").isEqualTo(ApplicationStatus.CITY_CAST_REVIEW);
    }

    @Test
    void anApplicantHoldingTheCityCastRoleCannotApproveItsOwnUnitsApplication() {
        long id = fixtures.submittedCityDirect("自审服务站", society);
        Account account = world.freshAccount("selfapprove", world.cityUnit.getId(), null);
        PlatformUser applicantAndCast = withRolesWrittenDirectly(account, Role.APPLICANT, Role.CITY_CAST);
        assertThat(status(id)).isEqualTo(ApplicationStatus.CITY_CAST_REVIEW);

        assertThatThrownBy(() -> decide(applicantAndCast, id)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("application.error.ownUnit");
        assertThat(status(id)).isEqualTo(ApplicationStatus.CITY_CAST_REVIEW);
        decide(world.user(Role.CITY_CAST), id);
        assertThat(status(id)).as("an official of no unit takes the step").isEqualTo(ApplicationStatus.PANEL_REVIEW);
    }

    @Test
    void staffWhoEnteredAndSubmittedAPaperApplicationDoNotAlsoReviewIt() {
        Account account = world.freshAccount("paperclerk", null, world.homeJurisdiction);
        PlatformUser clerk = withRolesWrittenDirectly(account, Role.COUNTY_CAST);
        long id = as(clerk, () -> applications.startPaperDraft(world.homeUnit.getId(),
                fixtures.completeDraft("代录服务站", society)));
        fixtures.attachAgreement(id, clerk);
        as(clerk, () -> {
            applications.submit(id, 0);
            return null;
        });

        assertThatThrownBy(() -> decide(clerk, id)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("application.error.twoSteps");
        decide(world.user(Role.COUNTY_CAST), id);
        assertThat(status(id)).isEqualTo(ApplicationStatus.COUNTY_TALENT_RECOGNITION);
    }

    @Test
    void theSameOfficeDecidesAgainAfterAReturn() {
        long id = fixtures.submittedHome("退回再审服务站", society);
        PlatformUser cast = world.user(Role.COUNTY_CAST);
        as(cast, () -> {
            applications.decide(id, ApplicationFixtures.returnForAmendment(fixtures.version(id)));
            return null;
        });
        as(world.user(Role.APPLICANT), () -> {
            applications.submit(id, fixtures.version(id));
            return null;
        });
        decide(cast, id);
        assertThat(status(id)).isEqualTo(ApplicationStatus.COUNTY_TALENT_RECOGNITION);
    }

    private PlatformUser withRolesWrittenDirectly(Account account, Role... roles) {
        for (Role role : roles) {
            jdbc.sql("insert into account_role (account_id, role_code) values (?, ?)").params(account.getId(), role.name())
                    .update();
        }
        return (PlatformUser) users.loadUserByUsername(account.getUsername());
    }

    private void decide(PlatformUser reviewer, long id) {
        as(reviewer, () -> {
            applications.decide(id, pass(fixtures.version(id)));
            return null;
        });
    }

    private ApplicationStatus status(long id) {
        return ApplicationStatus.valueOf(jdbc.sql("select status from application where id = ?").param(id)
                .query(String.class).single());
    }
}
