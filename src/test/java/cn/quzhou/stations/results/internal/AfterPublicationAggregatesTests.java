package cn.quzhou.stations.results.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.results.CorrectionMoved;
import cn.quzhou.stations.results.CorrectionView.CorrectionStatus;
import cn.quzhou.stations.results.ProposalMoved;
import cn.quzhou.stations.results.RectificationMoved;
import cn.quzhou.stations.results.ProposalView;
import cn.quzhou.stations.results.RectificationView;
import cn.quzhou.stations.results.internal.Rectification;
import cn.quzhou.stations.results.internal.ResultCorrection;
import cn.quzhou.stations.results.internal.RevocationProposal;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The after-publication state machines as aggregates: each move asks its transition table (issue #16). */
class AfterPublicationAggregatesTests {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void everyStateOfTheThreeTablesAnswersEveryStep() {
        for (RectificationView.Status s : RectificationView.Status.values()) {
            Arrays.stream(RectificationView.Status.Move.values()).forEach(m -> assertThat(s.after(m)).isNotNull());
        }
        for (CorrectionStatus s : CorrectionStatus.values()) {
            Arrays.stream(CorrectionStatus.Step.values()).forEach(m -> assertThat(s.after(m)).isNotNull());
        }
        for (ProposalView.Status s : ProposalView.Status.values()) {
            Arrays.stream(ProposalView.Status.Step.values()).forEach(m -> assertThat(s.after(m)).isNotNull());
        }
    }

    @Test
    void aRectificationIsReportedThenAcceptedAndThenNothingMoreHappensToIt() {
        Rectification r = rectification(RectificationView.Status.OPEN);
        r.submit("整改完成", null, null, "unit", NOW);
        assertThat(r.getStatus()).isEqualTo(RectificationView.Status.SUBMITTED);
        r.accept("county", NOW, null);
        assertThat(r.getStatus()).isEqualTo(RectificationView.Status.CLOSED);
        assertThat(r.cancellable()).isFalse();
        assertThatThrownBy(() -> r.moveDeadline(LocalDate.of(2026, 6, 30)))
                .isInstanceOf(ConflictException.class).hasMessage("results.rectification.error.finished");
    }

    @Test
    void aReturnedReportOpensTheTaskAgainAndAnOpenTaskCannotBeDecided() {
        Rectification r = rectification(RectificationView.Status.SUBMITTED);
        r.returnReport("county", NOW, "证据不足");
        assertThat(r.getStatus()).isEqualTo(RectificationView.Status.OPEN);
        assertThatThrownBy(() -> r.accept("county", NOW, null))
                .isInstanceOf(ConflictException.class).hasMessage("results.rectification.error.notSubmitted");
        r.cancel("更正为合格");
        assertThatThrownBy(() -> r.expect(RectificationView.Status.Move.SUBMIT))
                .isInstanceOf(ConflictException.class).hasMessage("results.rectification.error.notOpen");
    }

    @Test
    void aCorrectionIsDecidedOnceAndNeverByItsProposer() {
        ResultCorrection c = correction();
        assertThatThrownBy(() -> c.approve("proposer", NOW))
                .isInstanceOf(BusinessRuleException.class).hasMessage("results.correction.error.ownProposal");
        c.reject("second", NOW, "依据不足");
        assertThat(c.getStatus()).isEqualTo(CorrectionStatus.REJECTED);
        assertThatThrownBy(() -> c.approve("second", NOW))
                .isInstanceOf(ConflictException.class).hasMessage("results.correction.error.decided");
        assertThatThrownBy(() -> c.linkResult(7))
                .isInstanceOf(ConflictException.class).hasMessage("results.correction.error.decided");
    }

    @Test
    void aDecidedProposalIsNeitherDecidedAgainNorWithdrawn() {
        RevocationProposal p = new RevocationProposal();
        ReflectionTestUtils.setField(p, "status", ProposalView.Status.OPEN);
        p.dismiss("city", NOW, "已整改");
        assertThat(p.withdrawable()).isFalse();
        assertThatThrownBy(() -> p.accept("city", NOW, "理由", "衢市科协〔2026〕1号", LocalDate.of(2026, 3, 2)))
                .isInstanceOf(ConflictException.class).hasMessage("results.proposal.error.decided");
    }

    @Test
    void everyMoveIsAnEventNamingTheStepAndBothStatesAndARefusedOneIsNone() {
        Rectification r = rectification(RectificationView.Status.OPEN);
        ReflectionTestUtils.setField(r, "id", 41L);
        r.submit("整改完成", null, null, "unit", NOW);
        assertThatThrownBy(() -> r.submit("再报", null, null, "unit", NOW)).isInstanceOf(ConflictException.class);
        r.returnReport("county", NOW, "证据不足");
        assertThat(events(r)).containsExactly(
                new RectificationMoved(41L, RectificationView.Status.Move.SUBMIT, RectificationView.Status.OPEN,
                        RectificationView.Status.SUBMITTED),
                new RectificationMoved(41L, RectificationView.Status.Move.RETURN, RectificationView.Status.SUBMITTED,
                        RectificationView.Status.OPEN));

        ResultCorrection c = correction();
        assertThatThrownBy(() -> c.approve("proposer", NOW)).isInstanceOf(BusinessRuleException.class);
        c.approve("second", NOW);
        assertThat(events(c)).containsExactly(new CorrectionMoved(null, CorrectionStatus.Step.APPROVE,
                CorrectionStatus.PROPOSED, CorrectionStatus.APPROVED));

        RevocationProposal p = new RevocationProposal();
        ReflectionTestUtils.setField(p, "status", ProposalView.Status.OPEN);
        p.withdraw("system", NOW, "基础已更正");
        assertThat(events(p)).containsExactly(new ProposalMoved(null, ProposalView.Status.Step.WITHDRAW,
                ProposalView.Status.OPEN, ProposalView.Status.WITHDRAWN));
    }

    /** What the aggregate hands Spring Data to publish when it is saved. */
    private static java.util.Collection<Object> events(Object aggregate) {
        return ReflectionTestUtils.invokeMethod(aggregate, "domainEvents");
    }

    private static Rectification rectification(RectificationView.Status status) {
        Rectification r = new Rectification();
        ReflectionTestUtils.setField(r, "status", status);
        return r;
    }

    private static ResultCorrection correction() {
        ResultCorrection c = new ResultCorrection();
        ReflectionTestUtils.setField(c, "status", CorrectionStatus.PROPOSED);
        ReflectionTestUtils.setField(c, "proposedBy", "proposer");
        return c;
    }
}
