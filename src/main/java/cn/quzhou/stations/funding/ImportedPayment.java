package cn.quzhou.stations.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A grant instalment paid on paper before the platform (D8): the evaluation year it was paid for, the date, amount,
 * payer, disbursement document (may be missing on old files) and bank reference as recorded then.
 */
public record ImportedPayment(long stationId, int year, LocalDate paidOn, BigDecimal amount, String payer,
                              String documentNumber, String bankReference) {
}
