package cn.quzhou.stations.funding.internal;

import org.springframework.data.domain.AbstractAggregateRoot;
import cn.quzhou.stations.funding.ClawbackMoved;
import cn.quzhou.stations.funding.ClawbackState;
import cn.quzhou.stations.funding.ClawbackState.Step;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A clawback of a revoked station's grant (Art. 18) as an aggregate: opened by {@link ClawbackOpening} (settled at once
 * when nothing was paid), repaid in parts, settled by the repayment of the rest; its state is derived from the
 * settlement date and every repayment goes through {@link ClawbackState#after}. Never more than is outstanding is
 * repaid. Loaded locked ({@link ClawbackRepository}), so repayments queue.
 */
@Entity
@Table(name = "clawback")
public class Clawback extends AbstractAggregateRoot<Clawback> {

    @Id
    private Long id;
    private long stationId;
    private BigDecimal amount;
    private BigDecimal repaid;
    private LocalDate settledOn;

    protected Clawback() {
    }

    /** Refuses (409) a repayment of a settled clawback. */
    public void expectOpen() {
        next(Step.REPAY_PART);
    }

    /**
     * Repays {@code sum} on {@code repaidOn}: refused when it is more than is outstanding; settles the clawback when it
     * is exactly the rest. Answers whether it settled. {@code field} is the form field a refusal points at (or null).
     */
    public boolean repay(BigDecimal sum, LocalDate repaidOn, String field) {
        BigDecimal outstanding = outstanding();
        if (sum.compareTo(outstanding) > 0) {
            throw new BusinessRuleException(field, "funding.error.overOutstanding", outstanding.toPlainString());
        }
        boolean settles = sum.compareTo(outstanding) == 0;
        Step step = settles ? Step.REPAY_REST : Step.REPAY_PART;
        ClawbackState after = next(step);
        registerEvent(new ClawbackMoved(id, step, state(), after));
        repaid = repaid.add(sum);
        settledOn = after == ClawbackState.SETTLED ? repaidOn : null;
        return settles;
    }

    public ClawbackState state() {
        return settledOn == null ? ClawbackState.OPEN : ClawbackState.SETTLED;
    }

    public BigDecimal outstanding() {
        return amount.subtract(repaid);
    }

    private ClawbackState next(Step step) {
        return state().after(step).orElseThrow(() -> ConflictException.of("funding.error.clawbackSettled"));
    }

    public Long getId() { return id; }
    public long getStationId() { return stationId; }
}
