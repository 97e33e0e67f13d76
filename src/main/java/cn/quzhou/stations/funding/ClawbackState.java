package cn.quzhou.stations.funding;

import cn.quzhou.stations.shared.Labels;

/** Whether a clawback is still owed (OPEN) or repaid in full (SETTLED): the clawbacks list's status filter. */
@Labels("funding.clawback.state")
public enum ClawbackState {
    OPEN, SETTLED
}
