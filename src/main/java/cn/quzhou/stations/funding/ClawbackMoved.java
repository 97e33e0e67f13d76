package cn.quzhou.stations.funding;

/** A repayment moved a clawback, part or rest (event of the aggregate, issue #16). */
public record ClawbackMoved(Long clawbackId, ClawbackState.Step step, ClawbackState from, ClawbackState to) {
}
