package cn.quzhou.stations.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.funding.internal.GrantInstalmentRepository;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Art. 7, 11 and D5: what falls due for which published result, who pays it, and what a revocation does to it. */
class GrantEntitlementTests extends PlatformTest {

    @Autowired
    FundingFixtures funding;

    @Autowired
    Grants grants;

    @Autowired
    FundsLedgers ledgers;

    @Autowired
    Clawbacks clawbacks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reconciliation reconciliation;

    @Autowired
    GrantInstalmentRepository grantInstalments;

    @Test
    void aNationalStationPassingYearsOneAndTwoIsPaidOneMillionByTheCityBudget() {
        long station = funding.national("资助全国两年服务站" + System.nanoTime());
        funding.publish(station, 2080, 1, 1, Grade.QUALIFIED);
        funding.publish(station, 2081, 1, 2, Grade.EXCELLENT);
        assertThat(funding.instalments(station)).extracting(InstalmentView::stationYear, InstalmentView::amount,
                        InstalmentView::payer, InstalmentView::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1, new BigDecimal("500000.00"), "市本级", InstalmentStatus.DUE),
                        org.assertj.core.groups.Tuple.tuple(2, new BigDecimal("500000.00"), "市本级", InstalmentStatus.DUE));
        funding.pay(station, 2080);
        funding.pay(station, 2081);
        assertThat(funding.instalments(station)).allSatisfy(i -> assertThat(i.status()).isEqualTo(InstalmentStatus.PAID));
        LedgerView ledger = as(world.user(Role.CITY_CAST), () -> ledgers.get(station));
        assertThat(ledger.received()).isEqualByComparingTo("1000000.00");
        assertThat(ledger.balance()).isEqualByComparingTo("1000000.00");
    }

    @Test
    void aProvincialStationFailingYearOneAndPassingYearTwoGetsOnlyYearTwosTwoHundredAndFiftyThousand() {
        long station = funding.provincial("资助省级先败后胜服务站" + System.nanoTime());
        funding.publish(station, 2082, 1, 1, Grade.UNQUALIFIED);
        funding.publish(station, 2083, 1, 2, Grade.QUALIFIED);
        assertThat(funding.instalments(station)).singleElement().satisfies(i -> {
            assertThat(i.year()).isEqualTo(2083);
            assertThat(i.stationYear()).isEqualTo(2);
            assertThat(i.amount()).isEqualByComparingTo("250000.00");
        });
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> grants.recordFor(station, 2082,
                funding.payment(new BigDecimal("250000.00")), UUID.randomUUID().toString())))
                .isInstanceOf(BusinessRuleException.class).hasMessage("funding.error.noPassingResult");
        funding.pay(station, 2083);
        assertThat(as(world.user(Role.CITY_CAST), () -> ledgers.get(station)).received()).isEqualByComparingTo("250000.00");
    }

    @Test
    void aStationPaidForYearOneThenRevokedOwesFiveHundredThousandUntilRepaidAndYearTwoNeverFallsDue() {
        long station = funding.national("资助撤销追缴服务站" + System.nanoTime());
        funding.publish(station, 2084, 1, 1, Grade.QUALIFIED);
        funding.pay(station, 2084);
        funding.revoke(station);
        funding.publish(station, 2085, 1, 2, Grade.EXCELLENT);
        assertThat(funding.instalments(station)).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(InstalmentStatus.PAID));

        ClawbackView clawback = as(world.user(Role.CITY_CAST), () -> clawbacks.ofStation(station)).orElseThrow();
        assertThat(clawback.amount()).isEqualByComparingTo("500000.00");
        assertThat(clawback.open()).isTrue();
        var today = java.time.LocalDate.now(clock);
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> clawbacks.repay(clawback.id(),
                new RepaymentCommand(today, new BigDecimal("500000.01"), "退款-超额"))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("funding.error.overOutstanding");
        as(world.user(Role.CITY_CAST), () -> clawbacks.repay(clawback.id(),
                new RepaymentCommand(today, new BigDecimal("200000.00"), "退款-1")));
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> clawbacks.repay(clawback.id(),
                new RepaymentCommand(today, new BigDecimal("200000.00"), "退款-1"))))
                .as("the same repayment submitted twice").isInstanceOf(BusinessRuleException.class)
                .hasMessage("funding.error.repaymentKnown");
        assertThat(as(world.user(Role.CITY_CAST), () -> clawbacks.get(clawback.id())).open()).isTrue();
        ClawbackView settled = as(world.user(Role.CITY_CAST), () -> clawbacks.repay(clawback.id(),
                new RepaymentCommand(today, new BigDecimal("300000.00"), "退款-2")));
        assertThat(settled.open()).isFalse();
        assertThat(settled.outstanding()).isEqualByComparingTo("0");
        assertThat(settled.repayments()).hasSize(2);
    }

    @Test
    void aRevocationBeforePaymentCancelsTheUnpaidInstalmentAndClawsBackNothing() {
        long station = funding.national("资助未拨即撤服务站" + System.nanoTime());
        funding.publish(station, 2085, 1, 1, Grade.QUALIFIED);
        InstalmentView due = funding.instalment(station, 2085);
        funding.revoke(station);
        InstalmentView cancelled = funding.instalment(station, 2085);
        assertThat(cancelled.status()).isEqualTo(InstalmentStatus.CANCELLED);
        assertThat(cancelled.cancelCause()).isEqualTo("REVOKED");
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> grants.record(due.id(),
                funding.payment(due.amount()), UUID.randomUUID().toString())))
                .isInstanceOf(BusinessRuleException.class).hasMessage("funding.error.cancelled.REVOKED");
        funding.publish(station, 2085, 2, 1, Grade.EXCELLENT);
        assertThat(funding.instalment(station, 2085).status()).as("a correction after revocation").isEqualTo(InstalmentStatus.CANCELLED);
        assertThat(as(world.user(Role.CITY_CAST), () -> clawbacks.ofStation(station)).stream().toList())
                .singleElement().satisfies(c -> {
                    assertThat(c.amount()).isEqualByComparingTo("0");
                    assertThat(c.open()).isFalse();
                });
    }

    @Test
    void aDisbursementRecordedButAwaitingApprovalWhenTheStationIsRevokedIsClawedBackNotWithdrawn() {
        long station = funding.national("资助已汇未审即撤服务站" + System.nanoTime());
        funding.publish(station, 2090, 1, 1, Grade.QUALIFIED);
        InstalmentView due = funding.instalment(station, 2090);
        PaymentView recorded = as(world.user(Role.CITY_CAST), () -> grants.record(due.id(),
                funding.payment(due.amount()), UUID.randomUUID().toString()));
        funding.revoke(station);
        InstalmentView cancelled = funding.instalment(station, 2090);
        assertThat(cancelled.status()).isEqualTo(InstalmentStatus.CANCELLED);
        assertThat(cancelled.payment()).as("the bank transfer stays on record").isNotNull()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PaymentStatus.AWAITING_APPROVAL));
        assertThat(cancelled.awaitingApproval()).as("no approval of a cancelled instalment is offered").isFalse();
        assertThat(as(world.user(Role.CITY_CAST), () -> clawbacks.ofStation(station)).stream().toList())
                .singleElement().satisfies(c -> {
                    assertThat(c.amount()).as("the transferred money is clawed back").isEqualByComparingTo("500000.00");
                    assertThat(c.open()).isTrue();
                });
        assertThatThrownBy(() -> as(funding.secondCityCast(), () -> grants.approve(recorded.id())))
                .isInstanceOf(ConflictException.class).hasMessage("funding.error.notDue");
    }

    @Test
    void aDisbursementRecordedButAwaitingApprovalForAYearCorrectedToUnqualifiedShowsInTheReconciliation() {
        long station = funding.national("资助已汇未审更正服务站" + System.nanoTime());
        funding.publish(station, 2091, 1, 1, Grade.QUALIFIED);
        InstalmentView due = funding.instalment(station, 2091);
        as(world.user(Role.CITY_CAST), () -> grants.record(due.id(), funding.payment(due.amount()),
                UUID.randomUUID().toString()));
        try {
            funding.publish(station, 2091, 2, 1, Grade.UNQUALIFIED);
            InstalmentView cancelled = funding.instalment(station, 2091);
            assertThat(cancelled.status()).isEqualTo(InstalmentStatus.CANCELLED);
            assertThat(cancelled.payment()).as("the bank transfer stays on record").isNotNull();
            assertThat(reconciliation.run().anomalies()).filteredOn(a -> a.stationId() == station)
                    .extracting(Anomaly::kind).containsExactly(Anomaly.RECORDED_WITHOUT_PASSING_RESULT);
        } finally {
            funding.publish(station, 2091, 3, 1, Grade.QUALIFIED); // repaired, so other reconciliations stay clean
        }
        assertThat(reconciliation.run().anomalies()).filteredOn(a -> a.stationId() == station).isEmpty();
    }

    @Test
    void aDisbursementRecordedBeforeACorrectionToUnqualifiedIsClawedBackWhenTheStationIsLaterRevoked() {
        long station = funding.national("资助已汇更正后撤销服务站" + System.nanoTime());
        funding.publish(station, 2093, 1, 1, Grade.QUALIFIED);
        InstalmentView due = funding.instalment(station, 2093);
        as(world.user(Role.CITY_CAST), () -> grants.record(due.id(), funding.payment(due.amount()),
                UUID.randomUUID().toString()));
        funding.publish(station, 2093, 2, 1, Grade.UNQUALIFIED);
        try {
            funding.revoke(station);
            assertThat(as(world.user(Role.CITY_CAST), () -> clawbacks.ofStation(station)).stream().toList())
                    .singleElement().satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("500000.00"));
        } finally {
            funding.publish(station, 2093, 3, 1, Grade.QUALIFIED); // no reconciliation finding left behind
        }
    }

    @Test
    void anInstalmentThatIsNoLongerDueCannotBeMarkedPaid() {
        long station = funding.national("资助状态条件更新服务站" + System.nanoTime());
        funding.publish(station, 2092, 1, 1, Grade.QUALIFIED);
        InstalmentView due = funding.instalment(station, 2092);
        funding.publish(station, 2092, 2, 1, Grade.UNQUALIFIED); // the correction cancels it (cause CORRECTED)
        assertThatThrownBy(() -> grantInstalments.findById(due.id()).orElseThrow().pay())
                .isInstanceOf(ConflictException.class).hasMessage("funding.error.notDue");
        assertThat(funding.instalment(station, 2092).status()).isEqualTo(InstalmentStatus.CANCELLED);
    }

    @Test
    void aYearPublishedUnqualifiedAndCorrectedToQualifiedFallsDue() {
        long station = funding.provincial("资助更正为合格服务站" + System.nanoTime());
        funding.publish(station, 2086, 1, 1, Grade.UNQUALIFIED);
        assertThat(funding.instalments(station)).isEmpty();
        funding.publish(station, 2086, 2, 1, Grade.QUALIFIED);
        assertThat(funding.instalment(station, 2086)).satisfies(i -> {
            assertThat(i.status()).isEqualTo(InstalmentStatus.DUE);
            assertThat(i.amount()).isEqualByComparingTo("250000.00");
        });
    }

    @Test
    void aThirdYearPassEarnsNothing() {
        long station = funding.national("资助第三年服务站" + System.nanoTime());
        funding.publish(station, 2086, 1, 3, Grade.EXCELLENT);
        assertThat(funding.instalments(station)).isEmpty();
    }

    @Test
    void aCountyStationIsPaidByItsCounty() {
        long station = funding.jiangshan("资助江山县级服务站" + System.nanoTime());
        funding.publish(station, 2087, 1, 1, Grade.QUALIFIED);
        InstalmentView i = funding.instalment(station, 2087);
        assertThat(i.payer()).isEqualTo("江山市财政");
        assertThat(i.amount()).isEqualByComparingTo("500000.00");
        assertThat(as(world.user(Role.COUNTY_CAST), () -> grants.get(i.id())).stationId()).isEqualTo(station);
    }

    @Test
    void aCorrectionToUnqualifiedCancelsAnUnpaidInstalmentAndACorrectionBackMakesItDueAgain() {
        long station = funding.national("资助更正服务站" + System.nanoTime());
        funding.publish(station, 2088, 1, 1, Grade.QUALIFIED);
        InstalmentView due = funding.instalment(station, 2088);
        var pending = as(world.user(Role.CITY_CAST), () -> grants.record(due.id(), funding.payment(due.amount()),
                UUID.randomUUID().toString()));
        funding.publish(station, 2088, 2, 1, Grade.UNQUALIFIED);
        InstalmentView cancelled = funding.instalment(station, 2088);
        assertThat(cancelled.status()).isEqualTo(InstalmentStatus.CANCELLED);
        assertThat(cancelled.cancelCause()).isEqualTo("CORRECTED");
        assertThatThrownBy(() -> as(funding.secondCityCast(), () -> grants.approve(pending.id())))
                .isInstanceOf(ConflictException.class).hasMessage("funding.error.notDue");
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> grants.record(due.id(),
                funding.payment(due.amount()), UUID.randomUUID().toString())))
                .isInstanceOf(BusinessRuleException.class).hasMessage("funding.error.cancelled.CORRECTED");

        funding.publish(station, 2088, 1, 1, Grade.QUALIFIED); // a stale re-delivery of version 1 changes nothing
        assertThat(funding.instalment(station, 2088).status()).isEqualTo(InstalmentStatus.CANCELLED);
        funding.publish(station, 2088, 3, 1, Grade.QUALIFIED);
        assertThat(funding.instalment(station, 2088).status()).isEqualTo(InstalmentStatus.DUE);
        as(funding.secondCityCast(), () -> grants.approve(pending.id())); // the transfer recorded before is approved
        assertThat(funding.instalment(station, 2088).status()).isEqualTo(InstalmentStatus.PAID);
    }

    @Test
    void theAmountIsTheOneOfThePolicyVersionInForceOnTheLastDayOfTheYear() {
        long station = funding.national("资助政策版本服务站" + System.nanoTime());
        try {
            jdbc.sql("insert into grant_policy_version (effective_from, source) values ('2089-12-31', '测试修订')").update();
            jdbc.sql("insert into grant_amount values ('2089-12-31', 'NATIONAL', 1, 600000.00)").update();
            funding.publish(station, 2089, 1, 1, Grade.QUALIFIED);
            assertThat(funding.instalment(station, 2089).amount()).isEqualByComparingTo("600000.00");
        } finally {
            jdbc.sql("update grant_instalment set policy_effective_from = '2021-08-17' where station_id = ?").param(station).update();
            jdbc.sql("delete from grant_amount where effective_from = '2089-12-31'").update();
            jdbc.sql("delete from grant_policy_version where effective_from = '2089-12-31'").update();
        }
    }
}
