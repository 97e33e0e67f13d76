package cn.quzhou.stations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.evaluation.internal.Sheets;
import cn.quzhou.stations.organisation.ExpertCommand;
import cn.quzhou.stations.organisation.ExpertPool;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.station.EvidenceCommand;
import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.station.StationEvidence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The route of Art. 16 for county and city-level stations, its refusals, the deadline and the evidence freeze. */
class EvaluationRouteTests extends EvaluationRouteTest {

    @Autowired
    StationEvidence evidence;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    ExpertPool experts;

    @Test
    void aCountyReportGoesThroughTheCountyCastAndTalentOfficeToTheCityWithItsOpinionBoxes() {
        long station = fixtures.countyStation("江山考核路线服务站", 2040);
        today(LocalDate.of(2041, 1, 5));
        fixtures.open(2040, LocalDate.of(2041, 1, 20));
        fixtures.salon(station, 2040, "沙龙");
        long report = fixtures.reportOf(2040, station);
        assertThat(fixtures.submitFull(station, 2040).status()).isEqualTo(SelfReportStatus.COUNTY_CHECK);

        decide(Role.COUNTY_CAST, report, RouteDecision.PASS, "材料真实完整。");
        assertThat(status(report)).isEqualTo(SelfReportStatus.COUNTY_TALENT);
        decide(Role.COUNTY_TALENT, report, RouteDecision.PASS, "同意报送。");
        assertThat(status(report)).isEqualTo(SelfReportStatus.CITY_REVIEW);
        decide(Role.CITY_CAST, report, RouteDecision.VERIFY, "已核实。");

        ReportView view = as(world.user(Role.CITY_CAST), () -> reports.get(report));
        assertThat(view.status()).isEqualTo(SelfReportStatus.VERIFIED);
        assertThat(view.opinions()).extracting(OpinionView::office)
                .containsExactly("测试APPLICANT", "江山市科协", "江山市委人才办", "衢州市科协");
        assertThat(view.opinions()).extracting(OpinionView::decision).containsExactly(RouteDecision.SUBMIT,
                RouteDecision.PASS, RouteDecision.PASS, RouteDecision.VERIFY);
        assertThat(view.opinions().get(1).opinion()).isEqualTo("材料真实完整。");
    }

    @Test
    void aCityLevelStationGoesStraightToTheCityCastAndTheWrongActorIsRefused() {
        long station = fixtures.cityStation("市直考核路线服务站", 2041);
        today(LocalDate.of(2042, 1, 5));
        fixtures.open(2041, LocalDate.of(2042, 1, 20));
        long report = fixtures.reportOf(2041, station);
        assertThat(fixtures.submitFull(station, 2041).status()).isEqualTo(SelfReportStatus.CITY_REVIEW);

        // the county CAST has the permission but not the station (another jurisdiction): not found
        assertThatThrownBy(() -> decide(Role.COUNTY_CAST, report, RouteDecision.PASS, null))
                .isInstanceOf(NotFoundException.class);
        // the city talent office may not verify reports at all
        assertThatThrownBy(() -> decide(Role.CITY_TALENT, report, RouteDecision.VERIFY, null))
                .isInstanceOf(AccessDeniedException.class);
        // a county step on a report at the city's step is an illegal transition
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> reports.countyCheck(report,
                new RouteCommand(RouteDecision.PASS, null, fixtures.version(report)))))
                .isInstanceOf(AccessDeniedException.class);
        // the world's 江山 applicant does not see the city station's report
        assertThatThrownBy(() -> as(world.user(Role.APPLICANT), () -> reports.get(report)))
                .isInstanceOf(NotFoundException.class);
        assertThat(status(report)).isEqualTo(SelfReportStatus.CITY_REVIEW);
    }

    @Test
    void submissionFreezesTheYearsEvidenceAndAReturnUnfreezesItAndMayBeResubmittedAfterTheDeadline() {
        long station = fixtures.countyStation("江山冻结服务站", 2042);
        today(LocalDate.of(2043, 1, 5));
        fixtures.open(2042, LocalDate.of(2043, 1, 20));
        long salon = fixtures.salon(station, 2042, "冻结前的沙龙");
        long report = fixtures.reportOf(2042, station);
        fixtures.submitFull(station, 2042);

        assertThatThrownBy(() -> fixtures.salon(station, 2042, "冻结后的沙龙"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("evidence.error.frozen");
        assertThatThrownBy(() -> as(world.user(Role.APPLICANT), () -> {
            evidence.withdraw(station, salon);
            return null;
        })).isInstanceOf(BusinessRuleException.class).hasMessage("evidence.error.frozen");

        assertThatThrownBy(() -> decide(Role.COUNTY_CAST, report, RouteDecision.RETURN, " "))
                .isInstanceOf(BusinessRuleException.class).hasMessage("evaluation.error.opinionRequired");
        decide(Role.COUNTY_CAST, report, RouteDecision.RETURN, "请补充培训佐证。");
        assertThat(status(report)).isEqualTo(SelfReportStatus.RETURNED);
        fixtures.record(station, 2042, EvidenceKind.TRAINING, null, 120, null);

        today(LocalDate.of(2043, 1, 25)); // after the deadline: a returned report was submitted in time once
        ReportView again = as(fixtures.unitOf(station), () -> reports.submit(report, fixtures.version(report)));
        assertThat(again.status()).isEqualTo(SelfReportStatus.COUNTY_CHECK);
        ReportSheet sheet = as(world.user(Role.COUNTY_CAST), () -> reports.sheet(report));
        assertThat(sheet.frozen()).isTrue();
        assertThat(sheet.evidence()).extracting(EvidenceLine::kind)
                .containsExactlyInAnyOrder(EvidenceKind.SALON_OR_SEMINAR, EvidenceKind.TRAINING);
        assertThat(sheet.sheet().points("B2.1")).isEqualByComparingTo("5");
    }

    @Test
    void aSubmissionAfterTheDeadlineIsRefusedWithTheDeadlineAndTheStationBecomesNotSubmitted() {
        long late = fixtures.cityStation("市直迟交服务站", 2043);
        long onTime = fixtures.cityStation("市直按时服务站", 2043);
        today(LocalDate.of(2044, 1, 5));
        fixtures.open(2043, LocalDate.of(2044, 1, 20));
        fixtures.submitFull(onTime, 2043);
        long report = fixtures.reportOf(2043, late);

        today(LocalDate.of(2044, 1, 20)); // the deadline day itself is still in time (inclusive)
        as(world.user(Role.CITY_CAST), () -> rounds.get(2043));
        assertThat(status(report)).isEqualTo(SelfReportStatus.DRAFT);

        today(LocalDate.of(2044, 1, 21));
        assertThatThrownBy(() -> fixtures.submitFull(late, 2043))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("evaluation.error.deadlinePassed");
                    assertThat(e.field()).isEqualTo("deadline");
                    assertThat(e.args()).containsExactly("2044-01-20");
                });
        List<ParticipantLine> lines = as(world.user(Role.CITY_CAST), () -> rounds.participants(2043));
        assertThat(lines).filteredOn(l -> l.stationId() == late).extracting(ParticipantLine::status)
                .containsExactly(SelfReportStatus.NOT_SUBMITTED);
        assertThat(lines).filteredOn(l -> l.stationId() == onTime).extracting(ParticipantLine::status)
                .containsExactly(SelfReportStatus.CITY_REVIEW);
        as(world.user(Role.CITY_CAST), () -> rounds.list()); // a second sweep changes nothing
        assertThat(as(world.user(Role.CITY_CAST), () -> reports.get(report)).opinions()).hasSize(1);
    }

    @Test
    void twoSimultaneousDecisionsOnOneVersionGiveOneDecisionAndAlreadyHandled() {
        long station = fixtures.countyStation("江山并发服务站", 2044);
        today(LocalDate.of(2045, 1, 5));
        fixtures.open(2044, LocalDate.of(2045, 1, 20));
        long report = fixtures.reportOf(2044, station);
        fixtures.submitFull(station, 2044);
        int seen = fixtures.version(report);
        as(world.user(Role.COUNTY_CAST), () -> reports.countyCheck(report,
                new RouteCommand(RouteDecision.PASS, null, seen)));
        assertThatThrownBy(() -> as(world.user(Role.COUNTY_CAST), () -> reports.countyCheck(report,
                new RouteCommand(RouteDecision.RETURN, "退回", seen))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evaluation.error.alreadyHandled"));
        assertThat(status(report)).isEqualTo(SelfReportStatus.COUNTY_TALENT);
    }

    @Test
    void aPublishedYearCannotBeScoredAdjustedOrVerified() {
        long station = fixtures.cityStation("市直已发布服务站", 2045);
        today(LocalDate.of(2046, 1, 5));
        fixtures.open(2045, LocalDate.of(2046, 1, 20));
        long report = fixtures.reportOf(2045, station);
        fixtures.submitFull(station, 2045);
        decide(Role.CITY_CAST, report, RouteDecision.VERIFY, null);
        publish(2045);

        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> scoring.adjust(report,
                new AdjustmentCommand("B1.3", new BigDecimal("-5"), "不符合"))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evaluation.error.published"));
        assertThatThrownBy(() -> decide(Role.CITY_CAST, report, RouteDecision.VERIFY, null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evaluation.error.published"));
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> scoring.assignExperts(2045,
                List.of(world.expert.getId())))).isInstanceOf(ConflictException.class);
    }

    @Test
    void expertsOfTheHostUnitAreNotAssignedAndTheMeanJudgementAndTheAverageDaysAreScored() {
        long station = fixtures.cityStation("市直专家回避服务站", 2047);
        today(LocalDate.of(2048, 1, 5));
        fixtures.open(2047, LocalDate.of(2048, 1, 20));
        long report = fixtures.reportOf(2047, station);
        // the station's team has one member: 45 days on site is an average of 45 → B1.1 5 points (decision D1)
        fixtures.record(station, 2047, EvidenceKind.EXPERT_DAYS_ON_SITE, null, null, new BigDecimal("45"));
        fixtures.submitFull(station, 2047);
        long ownUnitExpert = as(world.user(Role.CITY_CAST), () -> experts.create(new ExpertCommand("本单位专家",
                "教授", "材料", "某单位", applications.cityApplicant().hostUnitId(), null, null, Set.of()))).id();
        long second = as(world.user(Role.CITY_CAST), () -> experts.create(new ExpertCommand("第二位专家",
                "教授", "材料", "某大学", null, null, null, Set.of()))).id();
        List<String> excluded = as(world.user(Role.CITY_CAST), () -> scoring.assignExperts(2047,
                List.of(ownUnitExpert, second, world.expert.getId())));
        assertThat(excluded).containsExactly("本单位专家 – 市直专家回避服务站");

        as(world.user(Role.EXPERT), () -> {
            scoring.judge(report, new JudgementCommand(new BigDecimal("4"), "好"));
            return null;
        });
        var secondExpert = cn.quzhou.stations.organisation.PlatformUser.builder(-7, "t-second-expert")
                .roles(Set.of(Role.EXPERT)).permissions(Set.of("evaluation:judge")).expertId(second).build();
        as(secondExpert, () -> {
            scoring.judge(report, new JudgementCommand(new BigDecimal("3.5"), "较好"));
            return null;
        });
        ReportSheet sheet = as(world.user(Role.CITY_CAST), () -> reports.sheet(report));
        assertThat(sheet.judgement()).isEqualByComparingTo("3.75");
        assertThat(sheet.sheet().points("C4")).isEqualByComparingTo("3.75");
        assertThat(sheet.averageDays()).isEqualByComparingTo("45");
        assertThat(sheet.sheet().points("B1.1")).isEqualByComparingTo("5");
        // the 5 points cite the one expert-days record they were computed from (issue 14 item 9)
        assertThat(sheet.sheet().item("B1.1").lines()).singleElement().extracting(l -> l.cited().size()).isEqualTo(1);
        // an expert not assigned to a report does not see it
        var stranger = cn.quzhou.stations.organisation.PlatformUser.builder(-8, "t-stranger-expert")
                .roles(Set.of(Role.EXPERT)).permissions(Set.of("evaluation:judge")).expertId(ownUnitExpert).build();
        assertThatThrownBy(() -> as(stranger, () -> scoring.assignedSheet(report)))
                .isInstanceOf(NotFoundException.class);
        assertThat(Sheets.averageDays(2047, List.of(new EvidenceLine(1, EvidenceKind.EXPERT_DAYS_ON_SITE,
                LocalDate.of(2047, 5, 1), "x", null, null, new BigDecimal("89.99"))), 3))
                .isEqualByComparingTo("29.99"); // cut down, never rounded up into the next tier
    }

    void publish(int year) {
        as(world.user(Role.CITY_CAST), () -> rounds.recordDecision(year,
                new MeetingCommand(LocalDate.of(year + 1, 1, 5), "党组会议纪要〔" + year + "〕1号",
                        fixtures.roundVersion(year))));
        as(world.user(Role.CITY_CAST), () -> rounds.reportToTalentOffice(year, fixtures.roundVersion(year)));
        as(world.user(Role.CITY_TALENT), () -> rounds.talentDecision(year,
                new RouteCommand(RouteDecision.APPROVE, "同意。", fixtures.roundVersion(year))));
        as(world.user(Role.CITY_CAST), () -> rounds.publish(year, fixtures.roundVersion(year)));
    }


}
