package cn.quzhou.stations.funding;

/** Where an instalment of a grant stands: due (payable), paid (an approved disbursement) or cancelled. */
public enum InstalmentStatus {
    DUE, PAID, CANCELLED
}
