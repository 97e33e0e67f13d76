package cn.quzhou.stations.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A disbursement of an instalment, with who recorded and who approved it. */
public record PaymentView(long id, long instalmentId, LocalDate paidOn, BigDecimal amount, String payer,
                          String documentNumber, String bankReference, PaymentStatus status, String recordedBy,
                          Instant recordedAt, String approvedBy, Instant approvedAt) {
}
