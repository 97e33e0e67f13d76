package cn.quzhou.stations.results;

/** A revocation proposal was decided or withdrawn (event of the aggregate, issue #16). */
public record ProposalMoved(Long proposalId, ProposalView.Status.Step step, ProposalView.Status from, ProposalView.Status to) {
}
