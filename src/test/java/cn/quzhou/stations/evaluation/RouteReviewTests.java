package cn.quzhou.stations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.evaluation.ResultVersions;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.ExpertCommand;
import cn.quzhou.stations.organisation.ExpertPool;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The defects found in the review of the evaluation route. Years: 2048 (a return lapses), 2049 (a corrected result
 * on the score sheet), 2051 (judgements hidden), 2052 (verification reopened), 2053 (never opened: refused after
 * 2054) and 2054, a round shared by the tests below that each act on their own station only and never move it.
 */
class RouteReviewTests extends EvaluationRouteTest {

    private static final int SHARED = 2054;

    @Autowired
    ExpertPool experts;

    @Autowired
    ResultVersions results;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aReturnedReportNotResubmittedWithinTenDaysAfterTheReturnBecomesNotSubmittedAndNoLongerBlocksTheYear() {
        long station = fixtures.cityStation("复核重报逾期服务站", 2048);
        today(LocalDate.of(2049, 1, 5));
        fixtures.open(2048, LocalDate.of(2049, 1, 20));
        long report = fixtures.reportOf(2048, station);
        fixtures.submitFull(station, 2048);
        today(LocalDate.of(2049, 1, 18));
        decide(report, RouteDecision.RETURN, "请补充材料。");
        // 10 days (policy V21) from the later of the return and the deadline: 30 January
        assertThat(cast(() -> reports.get(report)).resubmitBy()).isEqualTo(LocalDate.of(2049, 1, 30));

        today(LocalDate.of(2049, 1, 30));
        cast(() -> rounds.get(2048));
        assertThat(status(report)).isEqualTo(SelfReportStatus.RETURNED);

        today(LocalDate.of(2049, 1, 31));
        cast(() -> rounds.get(2048));
        assertThat(status(report)).isEqualTo(SelfReportStatus.NOT_SUBMITTED);
        assertThat(cast(() -> reports.get(report)).opinions()).last()
                .satisfies(o -> assertThat(o.decision()).isEqualTo(RouteDecision.NOT_SUBMITTED));
        assertThat(cast(() -> rounds.preview(2048)).blocking()).isEmpty();
        assertThatThrownBy(() -> as(fixtures.unitOf(station), () -> reports.submit(report, fixtures.version(report))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("deadline");
                    assertThat(e.messageKey()).isEqualTo("evaluation.error.resubmissionClosed");
                });
    }

    @Test
    void theCityCastMayCloseAReturnedReportAsNotSubmittedWithAnAuditedReason() {
        Map<String, Long> s = sharedRound();
        long station = s.get("复核关闭服务站");
        long report = fixtures.reportOf(SHARED, station);
        fixtures.submitFull(station, SHARED);
        decide(report, RouteDecision.RETURN, "请补充。");

        assertThatThrownBy(() -> decide(report, RouteDecision.NOT_SUBMITTED, " "))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evaluation.error.opinionRequired"));
        decide(report, RouteDecision.NOT_SUBMITTED, "建站单位书面表示不再重报。");

        ReportView view = cast(() -> reports.get(report));
        assertThat(view.status()).isEqualTo(SelfReportStatus.NOT_SUBMITTED);
        assertThat(view.opinions()).last().satisfies(o -> {
            assertThat(o.office()).isEqualTo("衢州市科协");
            assertThat(o.opinion()).isEqualTo("建站单位书面表示不再重报。");
        });
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'evaluation.route' and object_id = ? "
                + "and summary like '%不再重报%'").param(String.valueOf(report)).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void expertNamesAndCommentsAreHiddenFromTheUnitAndTheCountyWhileTheirEffectOnC4StaysVisible() {
        long station = fixtures.countyStation("复核评语保密服务站", 2051);
        today(LocalDate.of(2052, 1, 5));
        fixtures.open(2051, LocalDate.of(2052, 1, 20));
        long report = fixtures.reportOf(2051, station);
        fixtures.submitFull(station, 2051);
        as(world.user(Role.COUNTY_CAST), () -> reports.countyCheck(report,
                new RouteCommand(RouteDecision.PASS, null, fixtures.version(report))));
        as(world.user(Role.COUNTY_TALENT), () -> reports.countyForward(report,
                new RouteCommand(RouteDecision.PASS, null, fixtures.version(report))));
        PlatformUser expert = newExpert("复核保密专家");
        cast(() -> scoring.assignExperts(2051, List.of(expert.expertId())));
        as(expert, () -> {
            scoring.judge(report, new JudgementCommand(new BigDecimal("4"), "示范作用明显，专家甲评语"));
            return null;
        });

        for (Role role : List.of(Role.APPLICANT, Role.COUNTY_CAST, Role.COUNTY_TALENT)) {
            ReportSheet sheet = as(world.user(role), () -> reports.sheet(report));
            assertThat(sheet.judgements()).as(role.name()).isEmpty();
            assertThat(sheet.sheet().points("C4")).as(role.name()).isEqualByComparingTo("4");
        }
        ReportSheet city = cast(() -> reports.sheet(report));
        assertThat(city.judgements()).singleElement().satisfies(j -> {
            assertThat(j.expertName()).isEqualTo("复核保密专家");
            assertThat(j.comment()).isEqualTo("示范作用明显，专家甲评语");
        });
    }

    @Test
    void theCityCastMayTakeAVerifiedReportBackUnderReviewAfterTheTalentOfficeReturnedTheResults() {
        long station = fixtures.cityStation("复核重新审核服务站", 2052);
        today(LocalDate.of(2053, 1, 5));
        fixtures.open(2052, LocalDate.of(2053, 1, 20));
        long report = fixtures.reportOf(2052, station);
        fixtures.submitFull(station, 2052);
        decide(report, RouteDecision.VERIFY, null);
        cast(() -> rounds.recordDecision(2052, new MeetingCommand(LocalDate.of(2053, 1, 5), "党组会议〔2052〕1号",
                fixtures.roundVersion(2052))));
        assertThatThrownBy(() -> decide(report, RouteDecision.REOPEN, "会议后发现问题"))
                .isInstanceOf(ConflictException.class); // a decided round is not reopened report by report
        cast(() -> rounds.reportToTalentOffice(2052, fixtures.roundVersion(2052)));
        as(world.user(Role.CITY_TALENT), () -> rounds.talentDecision(2052,
                new RouteCommand(RouteDecision.RETURN, "C2 加分依据不足，请复核。", fixtures.roundVersion(2052))));

        assertThatThrownBy(() -> decide(report, RouteDecision.REOPEN, ""))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evaluation.error.opinionRequired"));
        decide(report, RouteDecision.REOPEN, "按市委人才办意见复核 C2。");
        assertThat(status(report)).isEqualTo(SelfReportStatus.CITY_REVIEW);
        cast(() -> scoring.adjust(report, new AdjustmentCommand("C2", new BigDecimal("-1"), "加分依据不足")));
        decide(report, RouteDecision.VERIFY, "已复核。");
        assertThat(cast(() -> reports.get(report)).opinions()).extracting(OpinionView::decision)
                .containsSubsequence(RouteDecision.VERIFY, RouteDecision.REOPEN, RouteDecision.VERIFY);
    }

    @Test
    void aYearEarlierThanOneAStationAlreadyTakesPartInCannotBeOpened() {
        Map<String, Long> s = sharedRound();
        long station = s.get("复核跨年服务站");
        assertThat(fixtures.reportOf(SHARED, station)).isPositive();

        assertThatThrownBy(() -> fixtures.open(2053, LocalDate.of(2055, 1, 31)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("year");
                    assertThat(e.messageKey()).isEqualTo("evaluation.error.laterYearOpen");
                    assertThat(e.args()).contains("复核跨年服务站");
                });
        assertThat(jdbc.sql("select count(*) from evaluation_round where year = 2053").query(Integer.class).single())
                .isZero();
    }

    @Test
    void aJudgementWaitsForTheReportRowSoThatItCannotLandAfterAVerificationItRacedWith() throws Exception {
        Map<String, Long> s = sharedRound();
        long station = s.get("复核加锁服务站");
        long report = fixtures.reportOf(SHARED, station);
        fixtures.submitFull(station, SHARED);
        PlatformUser expert = newExpert("复核加锁专家");
        cast(() -> scoring.assignExperts(SHARED, List.of(expert.expertId())));

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // a verification in progress holds the report row
        Thread verifying = new Thread(() -> tx.executeWithoutResult(t -> {
            jdbc.sql("select id from evaluation_report where id = ? for update").param(report).query(Long.class)
                    .single();
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        verifying.start();
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> tx.executeWithoutResult(t -> {
                jdbc.sql("set local lock_timeout = '300ms'").update();
                as(expert, () -> {
                    scoring.judge(report, new JudgementCommand(new BigDecimal("3"), null));
                    return null;
                });
            })).satisfies(e -> assertThat(rootMessage(e)).contains("lock timeout"));
        } finally {
            release.countDown();
            verifying.join(30_000);
        }
        assertThat(jdbc.sql("select count(*) from evaluation_assignment where report_id = ? and judgement is not null")
                .param(report).query(Integer.class).single()).isZero();
    }

    @Test
    void anAssignedExpertWhoDeclaresAConflictIsUnassignedAndCannotJudgeTheReport() {
        Map<String, Long> s = sharedRound();
        long station = s.get("复核回避服务站");
        long report = fixtures.reportOf(SHARED, station);
        fixtures.submitFull(station, SHARED);
        PlatformUser expert = newExpert("复核回避专家");
        cast(() -> scoring.assignExperts(SHARED, List.of(expert.expertId())));
        as(expert, () -> {
            scoring.judge(report, new JudgementCommand(new BigDecimal("5"), null));
            return null;
        });

        assertThatThrownBy(() -> as(expert, () -> {
            scoring.judge(report, new JudgementCommand(new BigDecimal("4"), "评".repeat(2001)));
            return null;
        })).isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("comment"));
        assertThatThrownBy(() -> as(expert, () -> {
            scoring.declareConflict(report, " ");
            return null;
        })).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("evaluation.error.conflictReasonRequired"));
        as(expert, () -> {
            scoring.declareConflict(report, "曾为该建站单位项目顾问。");
            return null;
        });

        assertThat(as(expert, () -> scoring.myAssignments())).noneMatch(a -> a.judgement().reportId() == report);
        assertThatThrownBy(() -> as(expert, () -> {
            scoring.judge(report, new JudgementCommand(new BigDecimal("5"), null));
            return null;
        })).isInstanceOf(NotFoundException.class);
        ReportSheet sheet = cast(() -> reports.sheet(report));
        assertThat(sheet.judgements()).noneMatch(j -> j.expertId() == expert.expertId());
        assertThat(sheet.judgement()).isNull(); // their 5 no longer counts for C4
        cast(() -> scoring.assignExperts(SHARED, List.of(expert.expertId()))); // assigning again does not bring back
        assertThat(as(expert, () -> scoring.myAssignments())).noneMatch(a -> a.judgement().reportId() == report);
    }

    @Test
    void theTieReasonAndTheTalentOfficesOpinionsAreShownOnlyToTheCityOfficesBeforePublication() {
        Map<String, Long> s = sharedRound();
        long round = jdbc.sql("select id from evaluation_round where year = ?").param(SHARED).query(Long.class)
                .single();
        // a test shortcut: the round's deliberation as the city offices recorded it
        jdbc.sql("update evaluation_round set tie_chosen = ?, tie_reason = '复核同分理由' where id = ?")
                .params(String.valueOf(s.get("复核关闭服务站")), round).update();
        if (jdbc.sql("select count(*) from evaluation_round_record where round_id = ? and decision = 'RETURN'")
                .param(round).query(Integer.class).single() == 0) {
            jdbc.sql("""
                    insert into evaluation_round_record (round_id, seq, step, decision, office, actor_id, actor_name,
                                                         opinion, decided_at)
                    select ?, coalesce(max(seq), 0) + 1, 'AT_TALENT', 'RETURN', '中共衢州市委人才工作领导小组办公室', 0,
                           '人才办', '复核人才办意见', now() from evaluation_round_record where round_id = ?""")
                    .params(round, round).update();
        }

        for (Role role : List.of(Role.APPLICANT, Role.COUNTY_CAST, Role.COUNTY_TALENT)) {
            RoundView view = as(world.user(role), () -> rounds.get(SHARED));
            assertThat(view.tieReason()).as(role.name()).isNull();
            assertThat(view.tieChosen()).as(role.name()).isEmpty();
            assertThat(view.opinions()).as(role.name()).extracting(OpinionView::opinion)
                    .doesNotContain("复核人才办意见");
            assertThat(as(world.user(role), () -> rounds.list())).filteredOn(r -> r.year() == SHARED)
                    .singleElement().satisfies(r -> assertThat(r.tieReason()).isNull());
        }
        for (Role role : List.of(Role.CITY_CAST, Role.CITY_TALENT)) {
            RoundView view = as(world.user(role), () -> rounds.get(SHARED));
            assertThat(view.tieReason()).isEqualTo("复核同分理由");
            assertThat(view.opinions()).extracting(OpinionView::opinion).contains("复核人才办意见");
        }
    }

    @Test
    void theScoreSheetOfACorrectedResultPrintsTheResultInForceAndTheCorrectionUnderTheTable() throws Exception {
        long station = fixtures.cityStation("复核更正考核表服务站", 2049);
        today(LocalDate.of(2050, 1, 5));
        fixtures.open(2049, LocalDate.of(2050, 1, 20));
        long report = fixtures.reportOf(2049, station);
        fixtures.submitFull(station, 2049);
        decide(report, RouteDecision.VERIFY, null);
        cast(() -> rounds.recordDecision(2049, new MeetingCommand(LocalDate.of(2050, 1, 5), "党组会议〔2049〕1号",
                fixtures.roundVersion(2049))));
        cast(() -> rounds.reportToTalentOffice(2049, fixtures.roundVersion(2049)));
        as(world.user(Role.CITY_TALENT), () -> rounds.talentDecision(2049,
                new RouteCommand(RouteDecision.APPROVE, null, fixtures.roundVersion(2049))));
        cast(() -> rounds.publish(2049, fixtures.roundVersion(2049)));
        ResultVersion first = results.inForce(2049, station).orElseThrow();
        results.appendCorrection(first, Grade.UNQUALIFIED, new BigDecimal("55.5"), "复核核减佐证", "a", "b",
                LocalDate.of(2050, 3, 1), Instant.now());

        String text = text(cast(() -> scoring.sheetPdf(report)));
        assertThat(text).contains("第2版更正").contains("复核核减佐证").contains("2050-03-01").contains("总分55.5")
                .contains("等次不合格");
        // the table keeps the verified item scores and their total
        assertThat(text).contains(first.total().stripTrailingZeros().toPlainString());
    }

    @Test
    void aRefusedOrOverLongScoringFormIsShownAgainWithWhatWasTypedAndTheMessageAtTheField() throws Exception {
        Map<String, Long> s = sharedRound();
        long station = s.get("复核表单服务站");
        long report = fixtures.reportOf(SHARED, station);
        fixtures.submitFull(station, SHARED);

        String tooLong = "理".repeat(2001);
        MockHttpServletResponse adjustment = mvc.perform(post("/evaluations/reports/{id}/adjustments", report)
                .param("itemCode", "C2").param("points", "2.5").param("reason", tooLong)
                .with(user(world.user(Role.CITY_CAST))).with(csrf())).andReturn().getResponse();
        assertThat(adjustment.getStatus()).isEqualTo(200);
        assertThat(adjustment.getContentAsString()).contains("value=\"2.5\"").contains(tooLong)
                .containsPattern("<textarea[^>]*is-invalid[^>]*id=\"reason\"");

        MockHttpServletResponse returned = mvc.perform(post("/evaluations/reports/{id}/city-decision", report)
                .param("decision", "RETURN").param("opinion", " ").param("version",
                        String.valueOf(fixtures.version(report)))
                .with(user(world.user(Role.CITY_CAST))).with(csrf())).andReturn().getResponse();
        assertThat(returned.getStatus()).isEqualTo(200);
        assertThat(returned.getContentAsString()).contains("退回时必须填写意见。")
                .containsPattern("<textarea[^>]*is-invalid[^>]*id=\"city-opinion\"");

        MockHttpServletResponse inspection = mvc.perform(multipart("/evaluations/reports/{id}/inspections", report)
                .param("inspectedOn", "2055-01-05").param("inspectors", "复核考察组").param("findings", "")
                .with(user(world.user(Role.CITY_CAST))).with(csrf())).andReturn().getResponse();
        assertThat(inspection.getStatus()).isEqualTo(200);
        assertThat(inspection.getContentAsString()).contains("value=\"复核考察组\"")
                .containsPattern("<textarea[^>]*is-invalid[^>]*id=\"findings\"");
        assertThat(status(report)).isEqualTo(SelfReportStatus.CITY_REVIEW);
    }

    /** Once per run: the 2054 round with one station per test that uses it (and one also due in 2053). */
    private Map<String, Long> sharedRound() {
        today(LocalDate.of(2055, 1, 5));
        List<String> names = List.of("复核关闭服务站", "复核加锁服务站", "复核回避服务站", "复核跨年服务站",
                "复核表单服务站");
        if (jdbc.sql("select count(*) from evaluation_round where year = ?").param(SHARED).query(Integer.class)
                .single() == 0) {
            for (String name : names) {
                long id = fixtures.cityStation(name, SHARED);
                if (name.equals("复核跨年服务站")) {
                    jdbc.sql("update station set recognised_on = ?, agreement_signed_on = ? where id = ?")
                            .params(LocalDate.of(2053, 1, 1), LocalDate.of(2053, 1, 1), id).update();
                }
            }
            fixtures.open(SHARED, LocalDate.of(2055, 1, 31));
        }
        Map<String, Long> out = new java.util.HashMap<>();
        for (String name : names) {
            out.put(name, jdbc.sql("select station_id from evaluation_report where year = ? and station_name = ?")
                    .params(SHARED, name).query(Long.class).single());
        }
        return out;
    }

    private PlatformUser newExpert(String name) {
        long id = cast(() -> experts.create(new ExpertCommand(name, "教授", "材料", "某大学", null, null, null,
                Set.of()))).id();
        return PlatformUser.builder(-(int) (id % 100_000) - 100, "t-expert-" + id).roles(Set.of(Role.EXPERT))
                .permissions(Set.of("evaluation:judge")).expertId(id).build();
    }

    private void decide(long report, RouteDecision decision, String opinion) {
        cast(() -> reports.cityDecision(report, new RouteCommand(decision, opinion, fixtures.version(report))));
    }



    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }
}
