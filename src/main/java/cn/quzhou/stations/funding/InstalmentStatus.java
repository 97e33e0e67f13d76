package cn.quzhou.stations.funding;

import cn.quzhou.stations.shared.Labels;

/** Where an instalment of a grant stands: due (payable), paid (an approved disbursement) or cancelled. */
@Labels("funding.status")
public enum InstalmentStatus {
    DUE, PAID, CANCELLED
}
