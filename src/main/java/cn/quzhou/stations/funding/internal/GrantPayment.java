package cn.quzhou.stations.funding.internal;

import org.springframework.data.domain.AbstractAggregateRoot;
import cn.quzhou.stations.funding.PaymentMoved;
import cn.quzhou.stations.funding.PaymentStatus;
import cn.quzhou.stations.funding.PaymentStatus.Step;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A disbursement of an instalment as an aggregate: recorded by one city CAST official (an insert, exactly once per
 * instalment), approved by another; every move goes through {@link PaymentStatus#after}. Approved under the lock of
 * its instalment, so two approvals queue and the second is refused.
 */
@Entity
@Table(name = "grant_payment")
public class GrantPayment extends AbstractAggregateRoot<GrantPayment> {

    @Id
    private Long id;
    private long instalmentId;
    @Enumerated(EnumType.STRING)
    private PaymentStatus status;
    private String recordedBy;
    private String approvedBy;
    private Instant approvedAt;

    protected GrantPayment() {
    }

    /** The second official approves; the one who recorded the payment cannot. */
    public void approve(String by, Instant at) {
        PaymentStatus after = status.after(Step.APPROVE)
                .orElseThrow(() -> ConflictException.of("funding.error.notAwaitingApproval"));
        if (by.equals(recordedBy)) {
            throw new BusinessRuleException(null, "funding.error.ownApproval");
        }
        registerEvent(new PaymentMoved(id, Step.APPROVE, status, after));
        status = after;
        approvedBy = by;
        approvedAt = at;
    }

    public Long getId() { return id; }
    public long getInstalmentId() { return instalmentId; }
    public PaymentStatus getStatus() { return status; }
}
