package cn.quzhou.stations.funding;

/** A disbursement awaits the second official's approval, is approved (the money went out) or was withdrawn. */
public enum PaymentStatus {
    AWAITING_APPROVAL, APPROVED, WITHDRAWN
}
