package cn.quzhou.stations.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.funding.ClawbackMoved;
import cn.quzhou.stations.funding.ClawbackState;
import cn.quzhou.stations.funding.InstalmentMoved;
import cn.quzhou.stations.funding.PaymentMoved;
import cn.quzhou.stations.funding.InstalmentStatus;
import cn.quzhou.stations.funding.PaymentStatus;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The funding state machines as aggregates: each move asks its transition table (issue #16). */
class FundingAggregatesTests {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void everyStateOfTheThreeTablesAnswersEveryStep() {
        for (InstalmentStatus s : InstalmentStatus.values()) {
            Arrays.stream(InstalmentStatus.Step.values()).forEach(m -> assertThat(s.after(m)).isNotNull());
        }
        for (PaymentStatus s : PaymentStatus.values()) {
            Arrays.stream(PaymentStatus.Step.values()).forEach(m -> assertThat(s.after(m)).isNotNull());
        }
        for (ClawbackState s : ClawbackState.values()) {
            Arrays.stream(ClawbackState.Step.values()).forEach(m -> assertThat(s.after(m)).isNotNull());
        }
    }

    @Test
    void anInstalmentCancelledByACorrectionFallsDueAgainOneCancelledByARevocationDoesNot() {
        GrantInstalment corrected = instalment();
        corrected.cancel(GrantInstalment.CORRECTED);
        corrected.reinstate();
        assertThat(corrected.getStatus()).isEqualTo(InstalmentStatus.DUE);
        assertThat(corrected.getCancelCause()).isNull();

        GrantInstalment revoked = instalment();
        revoked.cancel(GrantInstalment.REVOKED);
        assertThatThrownBy(revoked::reinstate).isInstanceOf(ConflictException.class).hasMessage("funding.error.notDue");
        assertThatThrownBy(revoked::pay).isInstanceOf(ConflictException.class).hasMessage("funding.error.notDue");
    }

    @Test
    void aPaidInstalmentIsNeitherPaidAgainNorCancelled() {
        GrantInstalment paid = instalment();
        paid.pay();
        assertThatThrownBy(paid::pay).isInstanceOf(ConflictException.class).hasMessage("funding.error.notDue");
        assertThatThrownBy(() -> paid.cancel(GrantInstalment.REVOKED)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aPaymentIsApprovedOnceAndNotByWhoRecordedIt() {
        GrantPayment p = new GrantPayment();
        ReflectionTestUtils.setField(p, "status", PaymentStatus.AWAITING_APPROVAL);
        ReflectionTestUtils.setField(p, "recordedBy", "first");
        assertThatThrownBy(() -> p.approve("first", NOW))
                .isInstanceOf(BusinessRuleException.class).hasMessage("funding.error.ownApproval");
        p.approve("second", NOW);
        assertThat(p.getStatus()).isEqualTo(PaymentStatus.APPROVED);
        assertThatThrownBy(() -> p.approve("third", NOW))
                .isInstanceOf(ConflictException.class).hasMessage("funding.error.notAwaitingApproval");
    }

    @Test
    void aClawbackIsRepaidInPartsNeverBeyondWhatIsOutstandingAndSettledByTheRest() {
        Clawback c = new Clawback();
        ReflectionTestUtils.setField(c, "amount", new BigDecimal("1000.00"));
        ReflectionTestUtils.setField(c, "repaid", new BigDecimal("0.00"));
        assertThat(c.repay(new BigDecimal("400.00"), LocalDate.of(2026, 3, 1), "amount")).isFalse();
        assertThatThrownBy(() -> c.repay(new BigDecimal("700.00"), LocalDate.of(2026, 3, 2), "amount"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("funding.error.overOutstanding");
        assertThat(c.repay(new BigDecimal("600.00"), LocalDate.of(2026, 3, 2), "amount")).isTrue();
        assertThat(c.state()).isEqualTo(ClawbackState.SETTLED);
        assertThatThrownBy(c::expectOpen).isInstanceOf(ConflictException.class)
                .hasMessage("funding.error.clawbackSettled");
    }

    @Test
    void everyMoveIsAnEventNamingTheStepAndBothStatesAndARefusedOneIsNone() {
        GrantInstalment i = instalment();
        ReflectionTestUtils.setField(i, "id", 7L);
        i.cancel(GrantInstalment.CORRECTED);
        i.reinstate();
        i.pay();
        assertThatThrownBy(i::pay).isInstanceOf(ConflictException.class);
        assertThat(events(i)).containsExactly(
                new InstalmentMoved(7L, InstalmentStatus.Step.CANCEL, InstalmentStatus.DUE, InstalmentStatus.CANCELLED),
                new InstalmentMoved(7L, InstalmentStatus.Step.REINSTATE, InstalmentStatus.CANCELLED,
                        InstalmentStatus.DUE),
                new InstalmentMoved(7L, InstalmentStatus.Step.PAY, InstalmentStatus.DUE, InstalmentStatus.PAID));

        GrantPayment p = new GrantPayment();
        ReflectionTestUtils.setField(p, "status", PaymentStatus.AWAITING_APPROVAL);
        ReflectionTestUtils.setField(p, "recordedBy", "first");
        assertThatThrownBy(() -> p.approve("first", NOW)).isInstanceOf(BusinessRuleException.class);
        p.approve("second", NOW);
        assertThat(events(p)).containsExactly(new PaymentMoved(null, PaymentStatus.Step.APPROVE,
                PaymentStatus.AWAITING_APPROVAL, PaymentStatus.APPROVED));

        Clawback c = new Clawback();
        ReflectionTestUtils.setField(c, "amount", new BigDecimal("1000.00"));
        ReflectionTestUtils.setField(c, "repaid", new BigDecimal("0.00"));
        c.repay(new BigDecimal("400.00"), LocalDate.of(2026, 3, 1), "amount");
        assertThatThrownBy(() -> c.repay(new BigDecimal("700.00"), LocalDate.of(2026, 3, 2), "amount"))
                .isInstanceOf(BusinessRuleException.class);
        c.repay(new BigDecimal("600.00"), LocalDate.of(2026, 3, 2), "amount");
        assertThat(events(c)).containsExactly(
                new ClawbackMoved(null, ClawbackState.Step.REPAY_PART, ClawbackState.OPEN, ClawbackState.OPEN),
                new ClawbackMoved(null, ClawbackState.Step.REPAY_REST, ClawbackState.OPEN, ClawbackState.SETTLED));
    }

    /** What the aggregate hands Spring Data to publish when it is saved. */
    private static java.util.Collection<Object> events(Object aggregate) {
        return ReflectionTestUtils.invokeMethod(aggregate, "domainEvents");
    }

    private static GrantInstalment instalment() {
        GrantInstalment i = new GrantInstalment();
        ReflectionTestUtils.setField(i, "status", InstalmentStatus.DUE);
        return i;
    }
}
