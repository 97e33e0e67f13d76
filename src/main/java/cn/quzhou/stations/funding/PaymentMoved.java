package cn.quzhou.stations.funding;

/** A grant payment was approved (event of the aggregate, issue #16). */
public record PaymentMoved(Long paymentId, PaymentStatus.Step step, PaymentStatus from, PaymentStatus to) {
}
