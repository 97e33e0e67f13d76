package cn.quzhou.stations.results;

import cn.quzhou.stations.testsupport.TestYears;
import cn.quzhou.stations.evaluation.EvaluationResultPublished;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.CorrectionCommand;
import cn.quzhou.stations.results.CorrectionView;
import cn.quzhou.stations.results.DecisionNote;
import cn.quzhou.stations.results.EvaluationResults;
import cn.quzhou.stations.results.Rectifications;
import cn.quzhou.stations.results.ResultCorrections;
import cn.quzhou.stations.results.ResultView;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.testsupport.Concurrently;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Art. 17: published results are immutable; a correction is a new version with a reason and a second approver. */
@RecordApplicationEvents
class ResultCorrectionTests extends PlatformTest {

    @Autowired
    ResultFixtures fixtures;

    @Autowired
    ResultCorrections corrections;

    @Autowired
    EvaluationResults results;

    @Autowired
    Rectifications rectifications;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCorrectionNeedsASecondPersonBothVersionsStayAndVersionTwoIsPublished() {
        long station = fixtures.station("更正结果服务站" + System.nanoTime(), LocalDate.of(2065, 1, 10));
        fixtures.publish(2066, station, Grade.QUALIFIED, new BigDecimal("72"));
        CorrectionView c = as(world.user(Role.CITY_CAST), () -> corrections.propose(station,
                new CorrectionCommand(2066, Grade.UNQUALIFIED, new BigDecimal("55"), "核查发现虚报会议人次，扣除17分")));
        assertThat(c.status()).isEqualTo(CorrectionView.CorrectionStatus.PROPOSED);

        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> corrections.approve(c.id())))
                .isInstanceOf(BusinessRuleException.class).hasMessage("results.correction.error.ownProposal");
        assertThat(history(station)).as("nothing written yet").hasSize(1);

        ResultView v2 = as(fixtures.secondCityCast(), () -> corrections.approve(c.id()));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.grade()).isEqualTo(Grade.UNQUALIFIED);

        List<ResultView> versions = history(station);
        assertThat(versions).extracting(ResultView::version).containsExactly(1, 2);
        assertThat(versions.get(0).grade()).isEqualTo(Grade.QUALIFIED);
        assertThat(versions.get(1).recordedBy()).isEqualTo("t-city-cast");
        assertThat(versions.get(1).approvedBy()).isEqualTo("t-city-cast-2");
        assertThat(versions.get(1).correctionReason()).isEqualTo("核查发现虚报会议人次，扣除17分");
        assertThat(as(world.user(Role.CITY_CAST), () -> results.inForce(2066))).filteredOn(r -> r.stationId() == station)
                .singleElement().satisfies(r -> assertThat(r.version()).isEqualTo(2));
        assertThat(events.stream(EvaluationResultPublished.class))
                .anySatisfy(e -> {
                    assertThat(e.stationId()).isEqualTo(station);
                    assertThat(e.version()).isEqualTo(2);
                    assertThat(e.grade()).isEqualTo(Grade.UNQUALIFIED);
                    assertThat(e.correction()).isTrue();
                });
        assertThat(as(world.user(Role.CITY_CAST), () -> rectifications.list(false)))
                .as("the correction to UNQUALIFIED opens a rectification")
                .anySatisfy(t -> assertThat(t.stationId()).isEqualTo(station));
        assertThatThrownBy(() -> as(fixtures.secondCityCast(), () -> corrections.approve(c.id())))
                .isInstanceOf(ConflictException.class);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'results.correction.approve' and object_id = ?")
                .param(String.valueOf(station)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoApprovalsAtOnceWriteOneVersionAndTheOtherConflicts() throws Exception {
        long station = fixtures.station("并发更正服务站" + System.nanoTime(), LocalDate.of(2066, 1, 10));
        fixtures.publish(2067, station, Grade.QUALIFIED, new BigDecimal("70"));
        CorrectionView c = as(world.user(Role.CITY_CAST), () -> corrections.propose(station,
                new CorrectionCommand(2067, null, new BigDecimal("74"), "复核加分")));
        List<Object> outcomes = Concurrently.run(2, () -> {
            try {
                return as(fixtures.secondCityCast(), () -> corrections.approve(c.id()));
            } catch (ConflictException e) {
                return e;
            }
        });
        assertThat(outcomes).filteredOn(ResultView.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
        assertThat(history(station)).extracting(ResultView::version).containsExactly(1, 2);
    }

    @Test
    void aCorrectionMustChangeSomethingAndRespectThePassLineAndOnlyTheCityCastCorrects() {
        long station = fixtures.station("更正校验服务站" + System.nanoTime(), LocalDate.of(2074, 1, 10));
        fixtures.publish(2075, station, Grade.QUALIFIED, new BigDecimal("70"));
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> corrections.propose(station,
                new CorrectionCommand(2075, Grade.QUALIFIED, new BigDecimal("70.00"), "无变化"))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("results.correction.error.nothingChanges");
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> corrections.propose(station,
                new CorrectionCommand(2075, null, new BigDecimal("50"), "扣分"))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("results.correction.error.belowPassLine");
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> corrections.propose(station,
                new CorrectionCommand(2076, Grade.UNQUALIFIED, null, "没有该年度"))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("results.correction.error.noResult");
        assertThatThrownBy(() -> as(world.user(Role.CITY_TALENT), () -> corrections.propose(station,
                new CorrectionCommand(2075, Grade.EXCELLENT, null, "越权"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> corrections.propose(station,
                new CorrectionCommand(2075, Grade.EXCELLENT, null, "市科协党组会议决定"))))
                .as("the only station of 2075 has no EXCELLENT place: floor(20% x 1) = 0")
                .isInstanceOf(BusinessRuleException.class).hasMessage("results.correction.error.excellentPlaces");
        CorrectionView c = as(world.user(Role.CITY_CAST), () -> corrections.propose(station,
                new CorrectionCommand(2075, null, new BigDecimal("73"), "补记一次学术沙龙")));
        assertThatThrownBy(() -> as(fixtures.secondCityCast(), () -> corrections.propose(station,
                new CorrectionCommand(2075, null, new BigDecimal("74"), "重复"))))
                .isInstanceOf(ConflictException.class);
        as(fixtures.secondCityCast(), () -> {
            corrections.reject(c.id(), new DecisionNote("沙龙签到表不全"));
            return null;
        });
        assertThat(history(station)).as("a rejected correction writes nothing").hasSize(1);
    }

    @Test
    void anExcellentCorrectionMustFitTheYearsPlacesCountingNonSubmittersAndKeepTheScoreOrder() {
        int year = TestYears.claim(2078); // the year's 参评基数 is exactly these five: no other class may write into it
        LocalDate recognised = LocalDate.of(2077, 1, 10);
        long n = System.nanoTime();
        long a = fixtures.station("名额甲服务站" + n, recognised);
        long b = fixtures.station("名额乙服务站" + n, recognised);
        fixtures.publish(year, a, Grade.QUALIFIED, new BigDecimal("88"));
        fixtures.publish(year, b, Grade.QUALIFIED, new BigDecimal("85"));
        fixtures.publish(year, fixtures.station("名额丙服务站" + n, recognised), Grade.QUALIFIED, new BigDecimal("80"));
        fixtures.publish(year, fixtures.station("名额丁服务站" + n, recognised), Grade.QUALIFIED, new BigDecimal("70"));
        fixtures.publish(year, fixtures.station("名额未报送服务站" + n, recognised), Grade.UNQUALIFIED, null);

        assertThat(refusal(b, new CorrectionCommand(year, Grade.EXCELLENT, null, "提为优秀")))
                .as("85 cannot be EXCELLENT while 88 is QUALIFIED").isEqualTo("total:results.correction.error.belowQualified");
        CorrectionView first = as(world.user(Role.CITY_CAST), () -> corrections.propose(a,
                new CorrectionCommand(year, Grade.EXCELLENT, null, "市科协党组会议决定补评优秀")));
        CorrectionView rival = as(world.user(Role.CITY_CAST), () -> corrections.propose(b,
                new CorrectionCommand(year, Grade.EXCELLENT, new BigDecimal("90"), "复核加5分，评为优秀")));
        as(fixtures.secondCityCast(), () -> corrections.approve(first.id()));
        assertThatThrownBy(() -> as(fixtures.secondCityCast(), () -> corrections.approve(rival.id())))
                .as("approval re-checks the year as it now stands: the only place went to the first")
                .isInstanceOf(BusinessRuleException.class).hasMessage("results.correction.error.excellentPlaces");
        as(fixtures.secondCityCast(), () -> {
            corrections.reject(rival.id(), new DecisionNote("优秀名额已满"));
            return null;
        });
        assertThat(refusal(b, new CorrectionCommand(year, Grade.EXCELLENT, new BigDecimal("90"), "再评一个优秀")))
                .as("5 participants, the non-submitter included: floor(20% x 5) = 1 place, taken")
                .isEqualTo("grade:results.correction.error.excellentPlaces");
        assertThat(refusal(b, new CorrectionCommand(year, null, new BigDecimal("89"), "加分")))
                .as("a QUALIFIED 89 would rank above the EXCELLENT 88")
                .isEqualTo("total:results.correction.error.aboveExcellent");
        CorrectionView tie = as(world.user(Role.CITY_CAST), () -> corrections.propose(b,
                new CorrectionCommand(year, null, new BigDecimal("88"), "加3分；与甲同分，按D4由市科协决定甲为优秀")));
        assertThat(tie.status()).as("equal totals are a D4 tie, decided and stated in the reason")
                .isEqualTo(CorrectionView.CorrectionStatus.PROPOSED);
    }

    @Test
    void aNonSubmitterCannotBeCorrectedToAPassingGradeOrGivenATotal() {
        long station = fixtures.station("未报送更正服务站" + System.nanoTime(), LocalDate.of(2074, 1, 10));
        fixtures.publish(2075, station, Grade.UNQUALIFIED, null);
        assertThat(refusal(station, new CorrectionCommand(2075, Grade.QUALIFIED, new BigDecimal("70"), "补交材料")))
                .isEqualTo("grade:results.correction.error.notSubmitted");
        assertThat(refusal(station, new CorrectionCommand(2075, null, new BigDecimal("50"), "补打分数")))
                .isEqualTo("total:results.correction.error.notSubmitted");
        assertThat(history(station)).hasSize(1);
    }

    /** The field and message of the refusal of a proposal by the city CAST. */
    private String refusal(long station, CorrectionCommand command) {
        try {
            as(world.user(Role.CITY_CAST), () -> corrections.propose(station, command));
        } catch (BusinessRuleException e) {
            return e.field() + ":" + e.messageKey();
        }
        throw new AssertionError("the correction was not refused: " + command);
    }

    private List<ResultView> history(long station) {
        return as(world.user(Role.CITY_CAST), () -> results.history(station)).versions();
    }
}
