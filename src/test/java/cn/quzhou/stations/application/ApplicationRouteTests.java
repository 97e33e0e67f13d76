package cn.quzhou.stations.application;

import static cn.quzhou.stations.application.ApplicationFixtures.pass;
import static cn.quzhou.stations.application.ApplicationFixtures.returnForAmendment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.testsupport.Concurrently;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The route of Art. 5 for county and city-direct units, on real PostgreSQL. */
class ApplicationRouteTests extends PlatformTest {

    @Autowired
    Applications applications;

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private Society society;

    @BeforeEach
    void setUp() {
        world.ensure();
        society = fixtures.newSociety(SocietyLevel.NATIONAL);
    }

    @Test
    void aCountyUnitGoesThroughTheCountyCastAndTalentOfficeToTheCity() {
        long id = fixtures.submittedHome("江山化工学会服务站", society);
        assertThat(status(id)).isEqualTo(ApplicationStatus.COUNTY_CAST_REVIEW);
        decide(Role.COUNTY_CAST, id, pass(version(id)));
        assertThat(status(id)).isEqualTo(ApplicationStatus.COUNTY_TALENT_RECOGNITION);
        decide(Role.COUNTY_TALENT, id, pass(version(id)));
        assertThat(status(id)).isEqualTo(ApplicationStatus.CITY_CAST_REVIEW);
        decide(Role.CITY_CAST, id, pass(version(id)));
        ApplicationView view = as(world.user(Role.CITY_CAST), () -> applications.get(id));
        assertThat(view.status()).isEqualTo(ApplicationStatus.PANEL_REVIEW);
        assertThat(view.reviews()).extracting(ReviewView::office)
                .containsExactly("测试单位", "江山市科协", "江山市委人才办", "衢州市科协");
        assertThat(view.reviews()).extracting(ReviewView::decision)
                .containsExactly(ReviewDecision.SUBMIT, ReviewDecision.PASS, ReviewDecision.PASS, ReviewDecision.PASS);
        assertThat(view.reviews()).allSatisfy(r -> {
            assertThat(r.sealConfirmed()).isTrue();
            assertThat(r.decidedAt()).isNotNull();
        });
    }

    @Test
    void aCityDirectUnitGoesStraightToTheCityCast() {
        long id = fixtures.submittedCityDirect("市直服务站", society);
        assertThat(as(world.user(Role.CITY_CAST), () -> applications.get(id).status()))
                .isEqualTo(ApplicationStatus.CITY_CAST_REVIEW);
        assertThat(as(world.user(Role.CITY_CAST), () -> applications.get(id).cityDirect())).isTrue();
    }

    @Test
    void aReturnedApplicationIsAmendedAndResubmittedToTheStepThatReturnedIt() {
        long id = fixtures.submittedHome("退回修改服务站", society);
        decide(Role.COUNTY_CAST, id, pass(version(id)));
        decide(Role.COUNTY_TALENT, id, returnForAmendment(version(id)));
        assertThat(status(id)).isEqualTo(ApplicationStatus.RETURNED);

        PlatformUser applicant = world.user(Role.APPLICANT);
        ApplicationView returned = as(applicant, () -> applications.get(id));
        assertThat(returned.canResubmit()).isTrue();
        assertThat(returned.returnedFrom()).isEqualTo(ApplicationStatus.COUNTY_TALENT_RECOGNITION);
        ApplicationDraft amended = fixtures.completeDraft("退回修改服务站（已补充）", society);
        int saved = as(applicant, () -> applications.saveDraft(id, returned.version(), amended));
        as(applicant, () -> {
            applications.submit(id, saved);
            return null;
        });
        ApplicationView back = as(world.user(Role.COUNTY_TALENT), () -> applications.get(id));
        assertThat(back.status()).isEqualTo(ApplicationStatus.COUNTY_TALENT_RECOGNITION);
        assertThat(back.draft().stationName()).isEqualTo("退回修改服务站（已补充）");
        assertThat(back.reviews()).extracting(ReviewView::decision).containsExactly(ReviewDecision.SUBMIT,
                ReviewDecision.PASS, ReviewDecision.RETURN, ReviewDecision.RESUBMIT);
    }

    @Test
    void aRejectionEndsTheRouteWithItsReasons() {
        long id = fixtures.submittedHome("不通过服务站", society);
        decide(Role.COUNTY_CAST, id, new ReviewCommand(ReviewDecision.REJECT, "不符合第三条第一项。", true, version(id)));
        ApplicationView view = as(world.user(Role.APPLICANT), () -> applications.get(id));
        assertThat(view.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(view.reviews().get(1).opinion()).isEqualTo("不符合第三条第一项。");
        assertThatThrownBy(() -> decide(Role.COUNTY_TALENT, id, pass(view.version())))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anotherCountysReviewerNeitherSeesNorDecides() {
        long id = fixtures.submittedHome("他县不可见服务站", society);
        PlatformUser stranger = fixtures.otherCountyCast();
        assertThatThrownBy(() -> as(stranger, () -> applications.get(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> {
            applications.decide(id, pass(0));
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(as(stranger, () -> ApplicationFixtures.everyVisible(applications))).extracting(ApplicationSummary::id).doesNotContain(id);
    }

    @Test
    void aReviewerOfAnotherStepIsRefused() {
        long id = fixtures.submittedHome("错误环节服务站", society);
        assertThatThrownBy(() -> decide(Role.COUNTY_TALENT, id, pass(version(id))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("application.error.notYourStep");
        assertThatThrownBy(() -> decide(Role.CITY_CAST, id, pass(version(id))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("application.error.notYourStep");
    }

    @Test
    void anOpinionAndTheSealAreRequired() {
        long id = fixtures.submittedHome("意见必填服务站", society);
        assertThatThrownBy(() -> decide(Role.COUNTY_CAST, id, new ReviewCommand(ReviewDecision.PASS, " ", true, version(id))))
                .hasMessage("application.error.opinionRequired");
        assertThatThrownBy(() -> decide(Role.COUNTY_CAST, id, new ReviewCommand(ReviewDecision.PASS, "同意", false, version(id))))
                .hasMessage("application.error.sealRequired");
        assertThat(status(id)).isEqualTo(ApplicationStatus.COUNTY_CAST_REVIEW);
    }

    @Test
    void draftsArePrivateToTheirUnit() {
        long id = as(world.user(Role.APPLICANT), () -> applications.startDraft(fixtures.completeDraft("草稿服务站", society)));
        for (Role reviewer : List.of(Role.COUNTY_CAST, Role.COUNTY_TALENT, Role.CITY_CAST, Role.CITY_TALENT)) {
            assertThatThrownBy(() -> as(world.user(reviewer), () -> applications.get(id)))
                    .as(reviewer.name()).isInstanceOf(NotFoundException.class);
        }
        assertThat(as(world.user(Role.APPLICANT), () -> applications.get(id).canSubmit())).isTrue();
    }

    @Test
    void submittingAnIncompleteApplicationNamesEveryMissingField() {
        PlatformUser applicant = world.user(Role.APPLICANT);
        ApplicationDraft prefilled = as(applicant, applications::prefill);
        long id = as(applicant, () -> applications.startDraft(prefilled));
        assertThatThrownBy(() -> as(applicant, () -> {
            applications.submit(id, 0);
            return null;
        })).isInstanceOfSatisfying(ApplicationIncompleteException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field).contains("stationName", "contactName",
                        "contactMobile", "unitOverview", "industryOverview", "societyId", "level", "purposePlan",
                        "agreement", "agreementSignedOn", "experts", "responsibleName", "officeDeclared",
                        "fundingDeclared", "rulesDeclared"));
        assertThat(as(applicant, () -> applications.get(id).status())).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void aCooperationPeriodOtherThanThreeYearsNeedsTheSpecialArrangementStated() {
        ApplicationDraft fiveYears = withCooperation(fixtures.completeDraft("五年合作服务站", society), 5, null);
        assertThat(problemsOf(fiveYears)).extracting(FieldProblem::field).containsExactly("cooperationNote");
        ApplicationDraft explained = withCooperation(fiveYears, 5, "经双方协商延长至五年");
        assertThat(problemsOf(explained)).isEmpty();
    }

    @Test
    void theLevelMustMatchTheSocietysLevel() {
        Society provincial = fixtures.newSociety(SocietyLevel.PROVINCIAL);
        ApplicationDraft national = fixtures.completeDraft("级别不符服务站", provincial);
        ApplicationDraft mismatched = withLevel(national, SocietyLevel.NATIONAL);
        assertThat(problemsOf(mismatched)).extracting(FieldProblem::messageKey)
                .containsExactly("application.error.levelMismatch");
    }

    @Test
    void twoSimultaneousPassesOfTheSameStepMakeExactlyOneReviewRecord() throws Exception {
        long id = fixtures.submittedHome("并发审核服务站", society);
        int seen = version(id);
        PlatformUser reviewer = world.user(Role.COUNTY_CAST);
        List<String> results = Concurrently.run(2, () -> as(reviewer, () -> {
            try {
                applications.decide(id, pass(seen));
                return "passed";
            } catch (BusinessRuleException e) {
                return e.messageKey();
            }
        }));
        assertThat(results).containsExactlyInAnyOrder("passed", "application.error.alreadyHandled");
        long records = jdbc.sql("select count(*) from application_review where application_id = ? and step = 'COUNTY_CAST_REVIEW'")
                .param(id).query(Long.class).single();
        assertThat(records).isEqualTo(1);
        assertThat(status(id)).isEqualTo(ApplicationStatus.COUNTY_TALENT_RECOGNITION);
    }

    @Test
    void aSecondApplicationForTheSameSocietyIsFlaggedToEveryReviewer() {
        long first = fixtures.submittedCityDirect("同学会甲", society);
        long second = fixtures.submittedHome("同学会乙", society);
        ApplicationView seenByCity = as(world.user(Role.CITY_CAST), () -> applications.get(first));
        assertThat(seenByCity.societyConflicts()).extracting(SocietyConflict::applicationId).containsExactly(second);
        ApplicationView seenByCounty = as(world.user(Role.COUNTY_CAST), () -> applications.get(second));
        assertThat(seenByCounty.societyFlagged()).isTrue();
        assertThat(seenByCounty.societyConflicts().get(0).aheadOrRecognised())
                .as("the city-direct one is already at city CAST review, further along").isTrue();
        assertThat(as(world.user(Role.CITY_CAST), () -> ApplicationFixtures.everyVisible(applications)))
                .filteredOn(s -> s.id() == first).singleElement().extracting(ApplicationSummary::societyFlagged).isEqualTo(true);
    }

    @Test
    void aReturnedApplicationCountsAtTheStepItLeftWhenComparedForTheSameSociety() {
        long cityDirect = fixtures.submittedCityDirect("同学会丙", society);
        long county = fixtures.submittedHome("同学会丁", society);
        decide(Role.COUNTY_CAST, county, returnForAmendment(version(county)));
        ApplicationView seenByCity = as(world.user(Role.CITY_CAST), () -> applications.get(cityDirect));
        assertThat(seenByCity.societyConflicts()).singleElement()
                .satisfies(c -> assertThat(c.aheadOrRecognised()).as("returned from county review: behind").isFalse());
    }

    @Test
    void staffEnterAPaperApplicationOnAUnitsBehalfAndItIsMarkedAsPaper() {
        PlatformUser countyCast = world.user(Role.COUNTY_CAST);
        long id = as(countyCast, () -> applications.startPaperDraft(world.homeUnit.getId(),
                fixtures.completeDraft("纸质申报服务站", society)));
        fixtures.attachAgreement(id, countyCast);
        as(countyCast, () -> {
            applications.submit(id, 0);
            return null;
        });
        ApplicationView view = as(world.user(Role.APPLICANT), () -> applications.get(id));
        assertThat(view.paper()).isTrue();
        assertThat(view.enteredBy()).isEqualTo(world.username(Role.COUNTY_CAST));
        assertThat(view.status()).isEqualTo(ApplicationStatus.COUNTY_CAST_REVIEW);
        assertThatThrownBy(() -> as(fixtures.otherCountyCast(), () -> applications.startPaperDraft(world.homeUnit.getId(),
                fixtures.completeDraft("越权录入", society)))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyHandOverTellsTheNextOfficeAndTheApplicant() {
        long id = fixtures.submittedHome("消息提醒服务站", society);
        List<String> toCountyCast = messagesOf(world.user(Role.COUNTY_CAST), id);
        assertThat(toCountyCast).contains("application.message.review");
        decide(Role.COUNTY_CAST, id, returnForAmendment(version(id)));
        assertThat(messagesOf(world.user(Role.APPLICANT), id))
                .contains("application.message.status.COUNTY_CAST_REVIEW", "application.message.reason.RETURNED");
        // the return message carries the reviewer's reason, and its link leads to the application
        assertThat(jdbc.sql("select array_to_string(args, '|') from notification_message where recipient_account_id = ?"
                        + " and link = ? and subject_key = 'application.message.reason.RETURNED'")
                .params(world.user(Role.APPLICANT).accountId(), "/applications/" + id).query(String.class).single())
                .endsWith("|请补充专家团队在站计划。");
        assertThat(messagesOf(fixtures.otherCountyCast(), id)).as("another county's office hears nothing").isEmpty();
    }

    private List<String> messagesOf(PlatformUser user, long applicationId) {
        return jdbc.sql("select subject_key from notification_message where recipient_account_id = ? and link = ? order by id")
                .params(user.accountId(), "/applications/" + applicationId).query(String.class).list();
    }

    private List<FieldProblem> problemsOf(ApplicationDraft draft) {
        PlatformUser applicant = world.user(Role.APPLICANT);
        long id = as(applicant, () -> applications.startDraft(draft));
        fixtures.attachAgreement(id, applicant);
        try {
            as(applicant, () -> {
                applications.submit(id, 0);
                return null;
            });
            return List.of();
        } catch (ApplicationIncompleteException e) {
            return e.problems();
        }
    }

    private static ApplicationDraft withCooperation(ApplicationDraft d, int years, String note) {
        return new ApplicationDraft(d.stationName(), d.legalRepresentative(), d.applicationDate(), d.unitName(),
                d.address(), d.postcode(), d.contactName(), d.contactTitle(), d.contactPhone(), d.contactMobile(),
                d.contactFax(), d.contactEmail(), d.contactIm(), d.nature(), d.natureOther(), d.businessFields(),
                d.businessFieldOther(), d.level(), d.unitOverview(), d.industryOverview(), d.societyId(), d.societyBranch(),
                d.societyLegalRep(), d.societyLegalRepTitle(), d.societyLegalRepMobile(), d.societyAddress(),
                d.societyPostcode(), d.societyContact(), d.societyContactTitle(), d.societyContactMobile(),
                d.societyPhoneFax(), d.societyQq(), d.societyEmail(), d.societyWechat(), d.societyOverview(),
                d.purposePlan(), d.agreementSignedOn(), years, note, d.responsibleName(), d.responsibleTitle(),
                d.responsiblePhone(), d.officeDeclared(), d.fundingDeclared(), d.rulesDeclared(), d.experts());
    }

    private static ApplicationDraft withLevel(ApplicationDraft d, SocietyLevel level) {
        return new ApplicationDraft(d.stationName(), d.legalRepresentative(), d.applicationDate(), d.unitName(),
                d.address(), d.postcode(), d.contactName(), d.contactTitle(), d.contactPhone(), d.contactMobile(),
                d.contactFax(), d.contactEmail(), d.contactIm(), d.nature(), d.natureOther(), d.businessFields(),
                d.businessFieldOther(), level, d.unitOverview(), d.industryOverview(), d.societyId(), d.societyBranch(),
                d.societyLegalRep(), d.societyLegalRepTitle(), d.societyLegalRepMobile(), d.societyAddress(),
                d.societyPostcode(), d.societyContact(), d.societyContactTitle(), d.societyContactMobile(),
                d.societyPhoneFax(), d.societyQq(), d.societyEmail(), d.societyWechat(), d.societyOverview(),
                d.purposePlan(), d.agreementSignedOn(), d.cooperationYears(), d.cooperationNote(), d.responsibleName(),
                d.responsibleTitle(), d.responsiblePhone(), d.officeDeclared(), d.fundingDeclared(), d.rulesDeclared(),
                d.experts());
    }

    private void decide(Role role, long id, ReviewCommand command) {
        as(world.user(role), () -> {
            applications.decide(id, command);
            return null;
        });
    }

    private ApplicationStatus status(long id) {
        return jdbc.sql("select status from application where id = ?").param(id).query(String.class).optional()
                .map(ApplicationStatus::valueOf).orElseThrow();
    }

    private int version(long id) {
        return jdbc.sql("select version from application where id = ?").param(id).query(Integer.class).single();
    }
}
