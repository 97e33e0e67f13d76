package cn.quzhou.stations.results.internal;

import org.springframework.data.domain.AbstractAggregateRoot;
import cn.quzhou.stations.results.ProposalMoved;
import cn.quzhou.stations.results.ProposalView.Status;
import cn.quzhou.stations.results.ProposalView.Status.Step;
import cn.quzhou.stations.results.internal.ProposalStore;
import cn.quzhou.stations.shared.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A revocation proposal (Art. 18(4)–(6)) as an aggregate: the city CAST accepts it (with the decision's document) or
 * dismisses it, the platform withdraws it when its basis goes away; every move goes through {@link Status#after}.
 * It is opened — idempotently, one per basis — by {@link ProposalStore#propose}. The table has no version column: a
 * decision loads the proposal locked ({@link RevocationProposalRepository#lockById}), so of two the second is refused.
 */
@Entity
@Table(name = "revocation_proposal")
public class RevocationProposal extends AbstractAggregateRoot<RevocationProposal> {

    @Id
    private Long id;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;
    private String documentNumber;
    private LocalDate decidedOn;

    protected RevocationProposal() {
    }

    /** The city CAST accepts: the station is revoked by the decision {@code documentNumber} of {@code decidedOn}. */
    public void accept(String by, Instant at, String reason, String documentNumber, LocalDate decidedOn) {
        decide(Step.ACCEPT, by, at, reason);
        this.documentNumber = documentNumber;
        this.decidedOn = decidedOn;
    }

    /** The city CAST dismisses, with the reason. */
    public void dismiss(String by, Instant at, String note) {
        decide(Step.DISMISS, by, at, note);
    }

    /** Whether the proposal is open, so that it can still be withdrawn. */
    public boolean withdrawable() {
        return status.after(Step.WITHDRAW).isPresent();
    }

    /** The basis went away (a correction) or the station was revoked otherwise. */
    public void withdraw(String by, Instant at, String note) {
        decide(Step.WITHDRAW, by, at, note);
    }

    private void decide(Step step, String by, Instant at, String note) {
        Status from = status;
        status = status.after(step).orElseThrow(() -> ConflictException.of("results.proposal.error.decided"));
        registerEvent(new ProposalMoved(id, step, from, status));
        decidedBy = by;
        decidedAt = at;
        decisionNote = note;
    }

    public Long getId() { return id; }
    public Status getStatus() { return status; }
}
