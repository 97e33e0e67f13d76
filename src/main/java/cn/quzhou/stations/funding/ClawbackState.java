package cn.quzhou.stations.funding;

/** Whether a clawback is still owed (OPEN) or repaid in full (SETTLED): the clawbacks list's status filter. */
public enum ClawbackState {
    OPEN, SETTLED
}
