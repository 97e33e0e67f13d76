package cn.quzhou.stations.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A clawback (追缴, Art. 18) opened by a revocation for the sum paid, and its repayments. */
public record ClawbackView(long id, long stationId, String stationName, long hostUnitId, String hostUnitName,
                           BigDecimal amount, BigDecimal repaid, LocalDate openedOn, String documentNumber,
                           LocalDate settledOn, List<Repayment> repayments) {

    public BigDecimal outstanding() {
        return amount.subtract(repaid);
    }

    public boolean open() {
        return settledOn == null;
    }

    public record Repayment(long id, LocalDate repaidOn, BigDecimal amount, String reference, String recordedBy,
                            Instant recordedAt) {
    }
}
