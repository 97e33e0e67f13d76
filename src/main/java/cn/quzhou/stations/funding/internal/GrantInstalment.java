package cn.quzhou.stations.funding.internal;

import org.springframework.data.domain.AbstractAggregateRoot;
import cn.quzhou.stations.funding.InstalmentMoved;
import cn.quzhou.stations.funding.InstalmentStatus;
import cn.quzhou.stations.funding.InstalmentStatus.Step;
import cn.quzhou.stations.shared.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An instalment of a grant (Art. 7) as an aggregate: it falls due ({@link GrantEntitlement} opens it), is paid, is
 * cancelled by a correction or a revocation, and a correction's cancellation is undone by a correction back; every
 * move goes through {@link InstalmentStatus#after}, so a caller that read a stale status can never overwrite a
 * cancellation or a payment (409). Moved only through {@link GrantInstalmentRepository#move}, which locks the row.
 */
@Entity
@Table(name = "grant_instalment")
public class GrantInstalment extends AbstractAggregateRoot<GrantInstalment> {

    /** Why an instalment was cancelled (column cancel_cause). */
    public static final String CORRECTED = "CORRECTED";
    public static final String REVOKED = "REVOKED";

    @Id
    private Long id;
    @Enumerated(EnumType.STRING)
    private InstalmentStatus status;
    private String cancelCause;

    protected GrantInstalment() {
    }

    public void pay() {
        take(Step.PAY, next(Step.PAY));
    }

    /** Cancelled for {@code cause} ({@link #CORRECTED} or {@link #REVOKED}). */
    public void cancel(String cause) {
        take(Step.CANCEL, next(Step.CANCEL));
        cancelCause = cause;
    }

    /** Due again: the correction that cancelled it was corrected back. A revocation's cancellation stays. */
    public void reinstate() {
        InstalmentStatus after = next(Step.REINSTATE);
        if (REVOKED.equals(cancelCause)) {
            throw ConflictException.of("funding.error.notDue");
        }
        take(Step.REINSTATE, after);
        cancelCause = null;
    }

    private void take(Step step, InstalmentStatus after) {
        registerEvent(new InstalmentMoved(id, step, status, after));
        status = after;
    }

    private InstalmentStatus next(Step step) {
        return status.after(step).orElseThrow(() -> ConflictException.of("funding.error.notDue"));
    }

    public Long getId() { return id; }
    public InstalmentStatus getStatus() { return status; }
    public String getCancelCause() { return cancelCause; }
}
