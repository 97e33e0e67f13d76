package cn.quzhou.stations.application;

import static cn.quzhou.stations.application.ApplicationFixtures.pass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.application.PanelFixtures.ExpertAccount;
import cn.quzhou.stations.application.panel.ConflictKind;
import cn.quzhou.stations.application.panel.ListCommand;
import cn.quzhou.stations.application.panel.PanelConflict;
import cn.quzhou.stations.application.panel.PanelScore;
import cn.quzhou.stations.application.panel.PanelStatus;
import cn.quzhou.stations.application.panel.PanelView;
import cn.quzhou.stations.application.panel.ReviewPanels;
import cn.quzhou.stations.application.panel.SheetCommand;
import cn.quzhou.stations.application.panel.SheetCriterion;
import cn.quzhou.stations.application.panel.SheetPolicyView;
import cn.quzhou.stations.application.panel.SheetStatus;
import cn.quzhou.stations.application.panel.SheetView;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 评审小组 and 建议名单 (Art. 5(2)): conflicts, the expert's scope, frozen sheets, aggregation, the list and the talent office. */
class PanelTests extends PlatformTest {

    @Autowired
    ReviewPanels panels;

    @Autowired
    Applications applications;

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    ApplicationFixtures applicationFixtures;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private Society society;

    @BeforeEach
    void setUp() {
        world.ensure();
        society = applicationFixtures.newSociety(SocietyLevel.NATIONAL);
    }

    @Test
    void anExpertIsNeverAssignedTheirOwnUnitTheirOwnSocietyOrADeclaredConflict() {
        long app = fixtures.atPanelReview("回避规则服务站", society);
        ExpertAccount ownUnit = fixtures.expert("本单位专家", world.cityUnit.getId(), Set.of());
        ExpertAccount ownSociety = fixtures.expert("本学会专家", null, Set.of(society.getId()));
        ExpertAccount declaring = fixtures.clean("声明回避专家");
        ExpertAccount free = fixtures.clean("无关专家");

        long panel = fixtures.form("回避规则小组", Set.of(ownUnit.id(), ownSociety.id(), declaring.id(), free.id()), Set.of(app));

        PanelView view = cityCast(() -> panels.get(panel));
        assertThat(view.entries().get(0).sheets()).extracting(SheetView::expertId)
                .containsExactlyInAnyOrder(declaring.id(), free.id());
        assertThat(view.exclusions()).extracting(PanelConflict::expertId, PanelConflict::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ownUnit.id(), ConflictKind.OWN_UNIT),
                org.assertj.core.groups.Tuple.tuple(ownSociety.id(), ConflictKind.OWN_SOCIETY));

        long sheet = fixtures.sheetOf(declaring, app);
        PanelTestsSupport.run(declaring.user(), () -> panels.declareConflict(sheet, "曾在该单位兼职"));
        assertThat(cityCast(() -> panels.get(panel)).exclusions()).extracting(PanelConflict::expertId, PanelConflict::kind)
                .contains(org.assertj.core.groups.Tuple.tuple(declaring.id(), ConflictKind.DECLARED));

        for (ExpertAccount refused : List.of(ownUnit, ownSociety, declaring)) {
            assertThatThrownBy(() -> cityCast(() -> {
                panels.assign(panel, app, refused.id());
                return null;
            })).isInstanceOf(BusinessRuleException.class).hasMessage("panel.error.conflict");
        }
        assertThat(jdbc.sql("select count(*) from review_sheet where application_id = ? and expert_id in (?, ?) ")
                .param(app).param(ownUnit.id()).param(ownSociety.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aPanelWhoseApplicationWouldHaveNoExpertLeftIsRefusedWithTheReason() {
        long app = fixtures.atPanelReview("无专家可分配服务站", society);
        ExpertAccount ownUnit = fixtures.expert("唯一的本单位专家", world.cityUnit.getId(), Set.of());
        assertThatThrownBy(() -> fixtures.form("无专家小组", Set.of(ownUnit.id()), Set.of(app)))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(Arrays.toString(((BusinessRuleException) e).args())).contains("本人所在单位"));
    }

    @Test
    void expertsAreNotifiedOfTheirAssignments() {
        long app = fixtures.atPanelReview("通知专家服务站", society);
        ExpertAccount expert = fixtures.clean("被通知专家");
        fixtures.form("通知小组", Set.of(expert.id()), Set.of(app));
        assertThat(jdbc.sql("select subject_key from notification_message where recipient_account_id = ?")
                .param(expert.user().accountId()).query(String.class).list()).contains("panel.notify.assigned");
    }

    @Test
    void anUnassignedOrConflictedExpertGetsNotFoundOnTheApplicationAndItsSheet() throws Exception {
        long app = fixtures.atPanelReview("专家可见范围服务站", society);
        ExpertAccount assigned = fixtures.clean("受分配专家");
        ExpertAccount declaring = fixtures.clean("回避后专家");
        ExpertAccount outsider = fixtures.clean("未分配专家");
        fixtures.form("可见范围小组", Set.of(assigned.id(), declaring.id()), Set.of(app));
        long assignedSheet = fixtures.sheetOf(assigned, app);
        long declaredSheet = fixtures.sheetOf(declaring, app);
        PanelTestsSupport.run(declaring.user(), () -> panels.declareConflict(declaredSheet, "与申报单位负责人系亲属"));

        assertThat(PanelTestsSupport.call(assigned.user(), () -> applications.get(app).id())).isEqualTo(app);
        assertThat(PanelTestsSupport.call(assigned.user(), () -> ApplicationFixtures.everyVisible(applications)))
                .extracting(ApplicationSummary::id).containsExactly(app);
        mvc.perform(get("/applications/{id}", app).with(user(assigned.user()))).andExpect(status().isOk());
        mvc.perform(get("/panels/sheets/{id}", assignedSheet).with(user(assigned.user()))).andExpect(status().isOk());

        for (ExpertAccount refused : List.of(declaring, outsider)) {
            assertThatThrownBy(() -> PanelTestsSupport.call(refused.user(), () -> applications.get(app)))
                    .isInstanceOf(NotFoundException.class);
            mvc.perform(get("/applications/{id}", app).with(user(refused.user()))).andExpect(status().isNotFound());
            for (long sheet : List.of(assignedSheet, declaredSheet)) {
                mvc.perform(get("/panels/sheets/{id}", sheet).with(user(refused.user()))).andExpect(status().isNotFound());
                mvc.perform(ApiTokens.bearer(get("/api/panels/sheets/{id}", sheet),
                        ApiTokens.create(refused.user(), tokens, "t", null))).andExpect(status().isNotFound());
            }
            assertThat(PanelTestsSupport.call(refused.user(), () -> ApplicationFixtures.everyVisible(applications))).isEmpty();
        }
    }

    @Test
    void aSubmittedSheetIsFrozen() throws Exception {
        long app = fixtures.atPanelReview("评审表冻结服务站", society);
        ExpertAccount expert = fixtures.clean("冻结专家");
        fixtures.form("冻结小组", Set.of(expert.id()), Set.of(app));
        long sheet = fixtures.sheetOf(expert, app);
        Map<String, BigDecimal> scores = fixtures.scores(new BigDecimal("88.5"));

        SheetView draft = PanelTestsSupport.call(expert.user(), () -> panels.saveSheet(sheet, new SheetCommand(scores, "草稿")));
        assertThat(draft.status()).isEqualTo(SheetStatus.DRAFT);
        assertThat(draft.total()).isEqualByComparingTo("88.5");
        SheetView submitted = PanelTestsSupport.call(expert.user(), () -> panels.submitSheet(sheet, null));
        assertThat(submitted.status()).isEqualTo(SheetStatus.SUBMITTED);

        assertThatThrownBy(() -> PanelTestsSupport.call(expert.user(),
                () -> panels.saveSheet(sheet, new SheetCommand(fixtures.scores(BigDecimal.TEN), "改分"))))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> PanelTestsSupport.run(expert.user(), () -> panels.declareConflict(sheet, "事后回避")))
                .isInstanceOf(ConflictException.class);
        String token = ApiTokens.create(expert.user(), tokens, "frozen", null);
        mvc.perform(ApiTokens.bearer(put("/api/panels/sheets/{id}", sheet).contentType(MediaType.APPLICATION_JSON)
                .content("{\"scores\": {}, \"comment\": \"改分\"}"), token)).andExpect(status().isConflict());
        assertThat(PanelTestsSupport.call(expert.user(), () -> panels.sheet(sheet)).total()).isEqualByComparingTo("88.5");
    }

    @Test
    void pointsOutsideACriterionsRangeOrWithTooManyDecimalsAreRefused() {
        long app = fixtures.atPanelReview("分值校验服务站", society);
        ExpertAccount expert = fixtures.clean("校验专家");
        fixtures.form("校验小组", Set.of(expert.id()), Set.of(app));
        long sheet = fixtures.sheetOf(expert, app);
        SheetCriterion first = cityCast(panels::policyInForce).criteria().get(0);
        assertThatThrownBy(() -> PanelTestsSupport.call(expert.user(), () -> panels.saveSheet(sheet,
                new SheetCommand(Map.of(first.code(), first.maxPoints().add(BigDecimal.ONE)), null))))
                .hasMessage("panel.error.scoreRange");
        assertThatThrownBy(() -> PanelTestsSupport.call(expert.user(), () -> panels.saveSheet(sheet,
                new SheetCommand(Map.of(first.code(), new BigDecimal("10.25")), null))))
                .hasMessage("panel.error.scoreDecimals");
        assertThatThrownBy(() -> PanelTestsSupport.call(expert.user(), () -> panels.submitSheet(sheet,
                new SheetCommand(Map.of(first.code(), BigDecimal.TEN), null))))
                .hasMessage("panel.error.scoreMissing");
    }

    @Test
    void theDefaultSheetHasFourCriteriaAddingUpToAHundred() {
        SheetPolicyView policy = cityCast(panels::policyInForce);
        assertThat(policy.criteria()).extracting(SheetCriterion::nameZh)
                .containsExactly("建站单位基础与条件", "学会合作内容与资源", "工作计划与预期成效", "专家团队与保障措施");
        assertThat(policy.maxTotal()).isEqualByComparingTo("100");
    }

    @ParameterizedTest(name = "totals {0} → aggregate {1} (highest and lowest dropped: {2})")
    @CsvSource(delimiter = ';', value = {
            "80 90 70; 80.00; false",
            "60.5 70 99; 76.50; false",
            "70 80 90 100; 85.00; false",
            "60 70 80 90 100; 80.00; true",
            "50 82 83 84 99; 83.00; true",
            "40 80 80 81 82 100; 80.75; true"})
    void theAggregateIsTheMeanDroppingHighestAndLowestFromFiveSheetsOn(String totals, String expected, boolean trimmed) {
        long app = fixtures.atPanelReview("汇总服务站", society);
        String[] each = totals.split(" ");
        List<ExpertAccount> experts = fixtures.cleanExperts(each.length);
        long panel = fixtures.form("汇总小组", Set.copyOf(experts.stream().map(ExpertAccount::id).toList()), Set.of(app));
        for (int i = 0; i < each.length; i++) {
            fixtures.score(experts.get(i), app, each[i]);
        }
        PanelScore score = cityCast(() -> panels.get(panel)).entries().get(0).score();
        assertThat(score.value()).isEqualByComparingTo(expected);
        assertThat(score.trimmed()).isEqualTo(trimmed);
        assertThat(score.submitted()).isEqualTo(each.length);
        assertThat(score.assigned()).isEqualTo(each.length);
    }

    @Test
    void theRecommendedListMovesApplicationsToRecommendedOrRejectedWithOpinionBoxes() {
        long good = fixtures.atPanelReview("推荐服务站", society);
        long weak = fixtures.atPanelReview("不推荐服务站", applicationFixtures.newSociety(SocietyLevel.NATIONAL));
        List<ExpertAccount> experts = fixtures.cleanExperts(3);
        long panel = fixtures.form("名单小组", Set.copyOf(experts.stream().map(ExpertAccount::id).toList()), Set.of(good, weak));
        fixtures.score(experts.get(0), good, "90");
        fixtures.score(experts.get(1), good, "85");
        fixtures.score(experts.get(0), weak, "50");
        fixtures.score(experts.get(1), weak, "55");
        List<ListCommand.Decision> decisions = List.of(new ListCommand.Decision(good, true, null),
                new ListCommand.Decision(weak, false, "合作内容不具体"));

        assertThatThrownBy(() -> fixList(panel, decisions, null)).hasMessage("panel.error.sheetsMissing");

        fixtures.score(experts.get(2), good, "80");
        fixtures.score(experts.get(2), weak, "60");
        assertThat(jdbc.sql("select count(*) from notification_message where subject_key = 'panel.notify.allSheetsIn' and ? = any(args)")
                .param("名单小组").query(Long.class).single()).isPositive();
        fixList(panel, decisions, null);

        ApplicationView recommended = cityCast(() -> applications.get(good));
        assertThat(recommended.status()).isEqualTo(ApplicationStatus.RECOMMENDED);
        ReviewView box = recommended.reviews().get(recommended.reviews().size() - 1);
        assertThat(box.step()).isEqualTo(ApplicationStatus.PANEL_REVIEW);
        assertThat(box.decision()).isEqualTo(ReviewDecision.PASS);
        assertThat(box.office()).isEqualTo("衢州市科协");
        assertThat(box.opinion()).contains("名单小组").contains("85.00");
        assertThat(box.sealConfirmed()).isTrue();

        ApplicationView rejected = cityCast(() -> applications.get(weak));
        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        ReviewView no = rejected.reviews().get(rejected.reviews().size() - 1);
        assertThat(no.decision()).isEqualTo(ReviewDecision.REJECT);
        assertThat(no.opinion()).contains("合作内容不具体").contains("55.00");
        assertThat(cityCast(() -> panels.get(panel)).status()).isEqualTo(PanelStatus.LISTED);
    }

    @Test
    void theListMayBeFixedWithSheetsMissingOnlyWithAnOverrideReason() {
        long app = fixtures.atPanelReview("缺表确定服务站", society);
        List<ExpertAccount> experts = fixtures.cleanExperts(2);
        long panel = fixtures.form("缺表小组", Set.copyOf(experts.stream().map(ExpertAccount::id).toList()), Set.of(app));
        fixtures.score(experts.get(0), app, "77");
        fixList(panel, List.of(new ListCommand.Decision(app, true, null)), "一位专家因病无法评审，经研究按已交评审表确定");
        assertThat(cityCast(() -> panels.get(panel)).overrideReason()).contains("因病");
        assertThat(cityCast(() -> applications.get(app)).status()).isEqualTo(ApplicationStatus.RECOMMENDED);
    }

    @Test
    void theTalentOfficePassesTheListToPublicNoticeOrReturnsItToTheCityCast() {
        long passed = fixtures.atPanelReview("人才办通过服务站", society);
        long returned = fixtures.atPanelReview("人才办退回服务站", applicationFixtures.newSociety(SocietyLevel.PROVINCIAL));
        ExpertAccount expert = fixtures.clean("名单专家");
        long panel = fixtures.form("报送小组", Set.of(expert.id()), Set.of(passed, returned));
        fixtures.score(expert, passed, "88");
        fixtures.score(expert, returned, "86");
        fixList(panel, List.of(new ListCommand.Decision(passed, true, null), new ListCommand.Decision(returned, true, null)), null);
        int version = cityCast(() -> panels.get(panel)).version();
        assertThat(cityCast(() -> panels.submitList(panel, version, true))).isEqualTo(2);
        assertThat(cityCast(() -> applications.get(passed)).status()).isEqualTo(ApplicationStatus.CITY_TALENT_REVIEW);
        assertThat(jdbc.sql("select count(*) from notification_message where subject_key = 'panel.notify.listSubmitted' and recipient_account_id = ?")
                .param(world.user(Role.CITY_TALENT).accountId()).query(Long.class).single()).isPositive();

        PlatformUser talent = world.user(Role.CITY_TALENT);
        int passedVersion = version(passed);
        PanelTestsSupport.run(talent, () -> applications.decide(passed, pass(passedVersion)));
        ApplicationView onNotice = cityCast(() -> applications.get(passed));
        assertThat(onNotice.status()).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);
        assertThat(onNotice.reviews().get(onNotice.reviews().size() - 1).office()).isEqualTo("衢州市委人才办");

        int returnedVersion = version(returned);
        PanelTestsSupport.run(talent, () -> applications.decide(returned,
                new ReviewCommand(ReviewDecision.RETURN, "请补充评审意见汇总", true, returnedVersion)));
        ApplicationView back = cityCast(() -> applications.get(returned));
        assertThat(back.status()).isEqualTo(ApplicationStatus.RECOMMENDED);
        assertThat(back.returnedFrom()).isNull();
        assertThat(back.canEdit()).isFalse();
        assertThat(jdbc.sql("select count(*) from notification_message where subject_key = 'panel.notify.returnedByTalentOffice' and recipient_account_id = ?")
                .param(world.user(Role.CITY_CAST).accountId()).query(Long.class).single()).isPositive();

        int again = cityCast(() -> panels.get(panel)).version();
        assertThat(cityCast(() -> panels.submitList(panel, again, true))).isEqualTo(1);
        assertThat(cityCast(() -> applications.get(returned)).status()).isEqualTo(ApplicationStatus.CITY_TALENT_REVIEW);
    }

    @Test
    void anApplicationCannotBeRecommendedTwiceNorSubmittedBeforeTheListIsFixed() {
        long app = fixtures.atPanelReview("非法转换服务站", society);
        ExpertAccount expert = fixtures.clean("转换专家");
        long panel = fixtures.form("转换小组", Set.of(expert.id()), Set.of(app));
        int version = cityCast(() -> panels.get(panel)).version();
        assertThatThrownBy(() -> cityCast(() -> panels.submitList(panel, version, true))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> fixtures.form("重复小组", Set.of(expert.id()), Set.of(app)))
                .hasMessage("panel.error.alreadyBeforePanel");
    }

    private void fixList(long panel, List<ListCommand.Decision> decisions, String override) {
        cityCast(() -> {
            panels.fixList(panel, new ListCommand(decisions, override, true, panels.get(panel).version()));
            return null;
        });
    }

    private int version(long id) {
        return cityCast(() -> applications.get(id).version());
    }

    private <T> T cityCast(java.util.function.Supplier<T> action) {
        return as(world.user(Role.CITY_CAST), action);
    }
}
