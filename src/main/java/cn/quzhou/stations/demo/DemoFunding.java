package cn.quzhou.stations.demo;

import cn.quzhou.stations.funding.Clawbacks;
import cn.quzhou.stations.funding.ExpenseCommand;
import cn.quzhou.stations.funding.FundsLedgers;
import cn.quzhou.stations.funding.Grants;
import cn.quzhou.stations.funding.InstalmentFilter;
import cn.quzhou.stations.funding.InstalmentStatus;
import cn.quzhou.stations.funding.InstalmentView;
import cn.quzhou.stations.funding.PaymentCommand;
import cn.quzhou.stations.funding.PaymentView;
import cn.quzhou.stations.funding.RepaymentCommand;
import cn.quzhou.stations.results.ProposalAcceptance;
import cn.quzhou.stations.results.ProposalView;
import cn.quzhou.stations.results.RevocationProposals;
import cn.quzhou.stations.shared.ListRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Grants, ledgers and the clawback as the offices handle them (Art. 6-11, 18): the instalments fall due by themselves
 * when a passing result is published; the city CAST records each disbursement and a second official approves it; the
 * units spend from their ledgers; the revocation proposal for two unqualified years is accepted, which claws back
 * what was paid, and part of it is repaid.
 */
@Component
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
class DemoFunding {

    private final DemoActors actors;
    private final DemoClock clock;
    private final Grants grants;
    private final FundsLedgers ledgers;
    private final Clawbacks clawbacks;
    private final RevocationProposals proposals;

    DemoFunding(DemoActors actors, DemoClock clock, Grants grants, FundsLedgers ledgers, Clawbacks clawbacks,
                RevocationProposals proposals) {
        this.actors = actors;
        this.clock = clock;
        this.grants = grants;
        this.ledgers = ledgers;
        this.clawbacks = clawbacks;
        this.proposals = proposals;
    }

    /** Pays every instalment of {@code year} that is due (recorded by one official, approved by another); the paid. */
    List<InstalmentView> payDue(int year, LocalDate paidOn) {
        clock.moveTo(paidOn);
        List<InstalmentView> due = new ArrayList<>();
        actors.run("city-cast", () -> grants.export(ListRequest.first(),
                new InstalmentFilter(year, InstalmentStatus.DUE, null), due::add));
        for (InstalmentView i : due) {
            PaymentView recorded = actors.as("city-cast", () -> grants.record(i.id(), new PaymentCommand(paidOn,
                    i.amount(), "衢财拨〔" + paidOn.getYear() + "〕" + (10 + year % 10) + "号", "DEMO-" + i.id()),
                    "demo-payment-" + i.id()));
            actors.run("city-cast-2", () -> grants.approve(recorded.id()));
        }
        return due;
    }

    /** The unit spends part of the instalment it received, over the following months. */
    void spend(DemoCatalogue.Entry e, long station, LocalDate from) {
        clock.moveTo(from.plusMonths(4));
        actors.run(e.unit().username(), () -> {
            expense(station, from.plusMonths(1), "86000.00", "MATERIALS", "演示材料供应有限公司", "中试实验材料采购",
                    "关键工艺联合攻关项目");
            expense(station, from.plusMonths(2), "42000.00", "EXPERT_CONSULTING", "学会专家团队", "专家现场咨询指导",
                    "关键工艺联合攻关项目");
            expense(station, from.plusMonths(3), "31500.00", "ACADEMIC_EXCHANGE", "衢州演示会展服务有限公司",
                    "举办产业技术交流会", null);
        });
    }

    private void expense(long station, LocalDate on, String amount, String category, String payee, String purpose,
                         String project) {
        ledgers.recordExpense(station, new ExpenseCommand(on, new BigDecimal(amount), category, payee, purpose, project),
                null, null);
    }

    /** The city CAST accepts the proposal to revoke {@code station} (two unqualified years); the clawback follows. */
    void revoke(long station, LocalDate on) {
        clock.moveTo(on);
        actors.run("city-cast", () -> {
            ProposalView proposal = proposals.list().stream().filter(p -> p.stationId() == station).findFirst()
                    .orElseThrow();
            proposals.accept(proposal.id(), new ProposalAcceptance("连续两年考核不合格，依据办法第十八条第五项撤销。",
                    "衢市科协〔" + on.getYear() + "〕21号", on), null, null);
        });
    }

    /** The unit repays part of the clawback; the rest stays open. */
    void repayPart(long station, LocalDate on, String amount) {
        clock.moveTo(on);
        actors.run("city-cast", () -> clawbacks.repay(clawbacks.ofStation(station).orElseThrow().id(),
                new RepaymentCommand(on, new BigDecimal(amount), "缴款书 DEMO-" + station)));
    }
}
