package cn.quzhou.stations.results.internal;

import org.springframework.data.domain.AbstractAggregateRoot;
import cn.quzhou.stations.results.CorrectionMoved;
import cn.quzhou.stations.results.CorrectionView.CorrectionStatus;
import cn.quzhou.stations.results.CorrectionView.CorrectionStatus.Step;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A proposed correction of a published result (Art. 17) as an aggregate: another city CAST account than the proposer
 * approves it — the new result version is then linked — or rejects it; every move goes through
 * {@link CorrectionStatus#after}. The table has no version column: a decision loads the proposal locked
 * ({@link ResultCorrectionRepository#lockById}), so of two decisions the second waits and is refused.
 */
@Entity
@Table(name = "result_correction")
public class ResultCorrection extends AbstractAggregateRoot<ResultCorrection> {

    @Id
    private Long id;
    @Enumerated(EnumType.STRING)
    private CorrectionStatus status;
    private String proposedBy;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;
    private Long resultId;

    protected ResultCorrection() {
    }

    /** Approved by {@code by}, who is not the proposer; {@link #linkResult} follows once the version is written. */
    public void approve(String by, Instant at) {
        decide(Step.APPROVE, by, at, null);
    }

    /** Rejected by {@code by}, who is not the proposer, with the reason. */
    public void reject(String by, Instant at, String note) {
        decide(Step.REJECT, by, at, note);
    }

    /** The result version the approval wrote. */
    public void linkResult(long resultId) {
        if (status != CorrectionStatus.APPROVED) {
            throw ConflictException.of("results.correction.error.decided");
        }
        this.resultId = resultId;
    }

    private void decide(Step step, String by, Instant at, String note) {
        CorrectionStatus after = status.after(step)
                .orElseThrow(() -> ConflictException.of("results.correction.error.decided"));
        if (by.equals(proposedBy)) {
            throw new BusinessRuleException(null, "results.correction.error.ownProposal");
        }
        registerEvent(new CorrectionMoved(id, step, status, after));
        status = after;
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
    }

    public Long getId() { return id; }
    public CorrectionStatus getStatus() { return status; }
    public String getProposedBy() { return proposedBy; }
    public Long getResultId() { return resultId; }
}
