package cn.quzhou.stations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        Callable<Object> approve = () -> as(fixtures.secondCityCast(), () -> corrections.approve(c.id()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<Object>> futures = pool.invokeAll(List.of(approve, approve));
            for (Future<Object> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
        } finally {
            pool.shutdown();
        }
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
        CorrectionView c = as(world.user(Role.CITY_CAST), () -> corrections.propose(station,
                new CorrectionCommand(2075, Grade.EXCELLENT, null, "市科协党组会议决定")));
        assertThatThrownBy(() -> as(fixtures.secondCityCast(), () -> corrections.propose(station,
                new CorrectionCommand(2075, Grade.EXCELLENT, null, "重复"))))
                .isInstanceOf(ConflictException.class);
        as(fixtures.secondCityCast(), () -> {
            corrections.reject(c.id(), new DecisionNote("超出优秀名额"));
            return null;
        });
        assertThat(history(station)).as("a rejected correction writes nothing").hasSize(1);
    }

    private List<ResultView> history(long station) {
        return as(world.user(Role.CITY_CAST), () -> results.history(station)).versions();
    }
}
