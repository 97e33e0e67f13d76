package cn.quzhou.stations.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.CorrectionCommand;
import cn.quzhou.stations.results.CorrectionView;
import cn.quzhou.stations.results.DecisionNote;
import cn.quzhou.stations.results.EvaluationResults;
import cn.quzhou.stations.results.ProposalAcceptance;
import cn.quzhou.stations.results.ProposalView;
import cn.quzhou.stations.results.RectificationView;
import cn.quzhou.stations.results.Rectifications;
import cn.quzhou.stations.results.ResultCorrections;
import cn.quzhou.stations.results.ResultFixtures;
import cn.quzhou.stations.results.ResultView;
import cn.quzhou.stations.results.RevocationProposals;
import cn.quzhou.stations.results.internal.NoProgressDetection;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.station.EvidenceCommand;
import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.station.RevocationCause;
import cn.quzhou.stations.station.Revocations;
import cn.quzhou.stations.station.StationEvidence;
import cn.quzhou.stations.station.StationRevoked;
import cn.quzhou.stations.station.StationStatus;
import cn.quzhou.stations.station.Stations;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Art. 18(4)(5): the system proposes revocations by itself; the city CAST accepts or dismisses them. */
@RecordApplicationEvents
class RevocationProposalTests extends PlatformTest {

    @Autowired
    ResultFixtures fixtures;

    @Autowired
    RevocationProposals proposals;

    @Autowired
    NoProgressDetection noProgress;

    @Autowired
    ResultCorrections corrections;

    @Autowired
    Rectifications rectifications;

    @Autowired
    Revocations revocations;

    @Autowired
    Stations stations;

    @Autowired
    StationEvidence evidence;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    ApplicationEvents events;

    @Test
    void twoConsecutiveUnqualifiedYearsProposeRevocation() {
        long station = fixtures.station("连续两年不合格服务站" + System.nanoTime(), LocalDate.of(2059, 1, 10));
        fixtures.publish(2060, station, Grade.UNQUALIFIED, new BigDecimal("45"));
        assertThat(open(station, RevocationCause.TWO_UNQUALIFIED_YEARS)).as("one unqualified year").isEmpty();
        long second = fixtures.publish(2061, station, Grade.UNQUALIFIED, new BigDecimal("50"));
        fixtures.republish(second);

        ProposalView proposal = open(station, RevocationCause.TWO_UNQUALIFIED_YEARS).get(0);
        assertThat(open(station, RevocationCause.TWO_UNQUALIFIED_YEARS)).as("idempotent").hasSize(1);
        assertThat(as(world.user(Role.CITY_CAST), () -> rectifications.list(false)).stream()
                .filter(t -> t.stationId() == station && t.year() == 2061)).as("one task per year").hasSize(1);
        assertThat(proposal.basisYear()).isEqualTo(2061);
        ProposalView detail = as(world.user(Role.CITY_CAST), () -> proposals.get(proposal.id()));
        assertThat(detail.basisResults()).extracting(ResultView::year).containsExactly(2060, 2061);
        assertThat(detail.basisResults()).extracting(ResultView::grade).containsOnly(Grade.UNQUALIFIED);
        assertThatThrownBy(() -> as(world.user(Role.CITY_TALENT), () -> proposals.list()))
                .isInstanceOf(AccessDeniedException.class);

        LocalDate today = LocalDate.now(clock);
        as(world.user(Role.CITY_CAST), () -> {
            proposals.accept(proposal.id(), new ProposalAcceptance("连续两年绩效考核不合格", "衢市科协〔2062〕7号", today),
                    null, null);
            return null;
        });
        assertThat(as(world.user(Role.CITY_CAST), () -> stations.get(station)).status()).isEqualTo(StationStatus.REVOKED);
        assertThat(as(world.user(Role.CITY_CAST), () -> revocations.of(station))).hasValueSatisfying(r -> {
            assertThat(r.cause()).isEqualTo(RevocationCause.TWO_UNQUALIFIED_YEARS);
            assertThat(r.documentNumber()).isEqualTo("衢市科协〔2062〕7号");
        });
        assertThat(events.stream(StationRevoked.class)).anySatisfy(e -> assertThat(e.stationId()).isEqualTo(station));
        assertThat(as(world.user(Role.CITY_CAST), () -> proposals.get(proposal.id())).status())
                .isEqualTo(ProposalView.Status.ACCEPTED);
        assertThat(as(world.user(Role.CITY_CAST), () -> rectifications.list(false)).stream()
                .filter(t -> t.stationId() == station)).as("a revoked station is not rectified")
                .allSatisfy(t -> assertThat(t.status()).isEqualTo(RectificationView.Status.CANCELLED));
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> {
            proposals.dismiss(proposal.id(), new DecisionNote("再次"));
            return null;
        })).isInstanceOf(ConflictException.class);
    }

    @Test
    void oneUnqualifiedYearProposesNothing() {
        long station = fixtures.station("一年不合格服务站" + System.nanoTime(), LocalDate.of(2061, 1, 10));
        fixtures.publish(2062, station, Grade.QUALIFIED, new BigDecimal("75"));
        fixtures.publish(2063, station, Grade.UNQUALIFIED, new BigDecimal("40"));
        assertThat(open(station, RevocationCause.TWO_UNQUALIFIED_YEARS)).isEmpty();
    }

    @Test
    void aCorrectionThatRemovesTheBasisWithdrawsTheProposalAndCancelsTheRectification() {
        long station = fixtures.station("更正撤回服务站" + System.nanoTime(), LocalDate.of(2063, 1, 10));
        fixtures.publish(2064, station, Grade.UNQUALIFIED, new BigDecimal("45"));
        fixtures.publish(2065, station, Grade.UNQUALIFIED, new BigDecimal("58"));
        ProposalView proposal = open(station, RevocationCause.TWO_UNQUALIFIED_YEARS).get(0);

        CorrectionView c = as(world.user(Role.CITY_CAST), () -> corrections.propose(station,
                new CorrectionCommand(2065, Grade.QUALIFIED, new BigDecimal("62"), "漏计一项团体标准（3分）")));
        as(fixtures.secondCityCast(), () -> corrections.approve(c.id()));

        ProposalView after = as(world.user(Role.CITY_CAST), () -> proposals.get(proposal.id()));
        assertThat(after.status()).isEqualTo(ProposalView.Status.WITHDRAWN);
        assertThat(after.decisionNote()).contains("2065");
        RectificationView task = as(world.user(Role.CITY_CAST), () -> rectifications.list(false)).stream()
                .filter(t -> t.stationId() == station && t.year() == 2065).findFirst().orElseThrow();
        assertThat(task.status()).isEqualTo(RectificationView.Status.CANCELLED);
        assertThat(task.cancelReason()).contains("漏计一项团体标准");
    }

    @Test
    void noEvidenceWithinAYearOfRecognitionProposesNoProgressAndEvidenceRecordedProposesNothing() {
        LocalDate recognised = LocalDate.of(2072, 3, 1);
        long idle = fixtures.station("一年无进展服务站" + System.nanoTime(), recognised);
        long busy = fixtures.station("一年有进展服务站" + System.nanoTime(), recognised);
        var before = clock.set(LocalDate.of(2072, 6, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        try {
            as(applications.cityApplicant(), () -> evidence.record(busy, new EvidenceCommand(2072,
                    EvidenceKind.SALON_OR_SEMINAR, LocalDate.of(2072, 5, 1), "学术沙龙", null, null, null), null, null));
        } finally {
            clock.set(before);
        }

        noProgress.detect(LocalDate.of(2073, 2, 28));
        assertThat(open(idle, RevocationCause.NO_PROGRESS)).as("the year is not over yet").isEmpty();
        noProgress.detect(LocalDate.of(2073, 3, 1));
        noProgress.detect(LocalDate.of(2073, 3, 2));

        assertThat(open(idle, RevocationCause.NO_PROGRESS)).singleElement().satisfies(p -> {
            assertThat(p.periodFrom()).isEqualTo(recognised);
            assertThat(p.periodTo()).isEqualTo(LocalDate.of(2073, 2, 28));
        });
        assertThat(open(busy, RevocationCause.NO_PROGRESS)).isEmpty();
        long id = open(idle, RevocationCause.NO_PROGRESS).get(0).id();
        assertThat(as(world.user(Role.CITY_CAST), () -> proposals.get(id)).evidenceCount()).isZero();

        as(world.user(Role.CITY_CAST), () -> {
            proposals.dismiss(id, new DecisionNote("合作项目已有进展，材料未及时录入"));
            return null;
        });
        noProgress.detect(LocalDate.of(2073, 3, 3));
        assertThat(open(idle, RevocationCause.NO_PROGRESS)).as("a dismissed proposal is not made again").isEmpty();
    }

    private List<ProposalView> open(long station, RevocationCause cause) {
        return as(world.user(Role.CITY_CAST), () -> proposals.list()).stream()
                .filter(p -> p.stationId() == station && p.cause() == cause && p.status() == ProposalView.Status.OPEN)
                .toList();
    }

    /** System-only entry points (the daily detection, listeners) live in internal/, out of the controllers' reach. */
    @Test
    void everyPublicMethodOfTheResultsFacadesCarriesAPermission() {
        for (Class<?> facade : List.of(ResultCorrections.class, EvaluationResults.class, Rectifications.class,
                RevocationProposals.class)) {
            assertThat(java.util.Arrays.stream(facade.getDeclaredMethods())
                    .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                    .filter(m -> !m.isAnnotationPresent(org.springframework.security.access.prepost.PreAuthorize.class))
                    .map(java.lang.reflect.Method::getName)).as(facade.getSimpleName()).isEmpty();
        }
    }
}
