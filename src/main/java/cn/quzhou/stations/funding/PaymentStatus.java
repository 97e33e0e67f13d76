package cn.quzhou.stations.funding;

import cn.quzhou.stations.shared.Labels;

/** A disbursement awaits the second official's approval, is approved (the money went out) or was withdrawn. */
@Labels("funding.payment.status")
public enum PaymentStatus {
    AWAITING_APPROVAL, APPROVED, WITHDRAWN
}
