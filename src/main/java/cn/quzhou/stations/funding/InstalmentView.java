package cn.quzhou.stations.funding;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;

/**
 * One instalment of a station's grant (Art. 7): the evaluation year and the station's n-th year it follows, the
 * amount of the policy version in force, the payer of Art. 11 and, once recorded, its disbursement.
 *
 * @param cancelCause CORRECTED (the result was corrected to unqualified) or REVOKED; null unless cancelled
 * @param dueOn       the day it fell due (the result's publication was received)
 */
public record InstalmentView(long id, long stationId, String stationName, long hostUnitId, String hostUnitName,
                             long jurisdictionId, String jurisdictionName, SocietyLevel level, int year,
                             int stationYear, BigDecimal amount, String payer, InstalmentStatus status,
                             String cancelCause, String resultDocument, PaymentView payment,
                             java.time.LocalDate dueOn) {

    /** A recorded disbursement a second official may still approve (not once the instalment was cancelled). */
    public boolean awaitingApproval() {
        return status == InstalmentStatus.DUE && payment != null && payment.status() == PaymentStatus.AWAITING_APPROVAL;
    }

    public boolean payable() {
        return status == InstalmentStatus.DUE && payment == null;
    }
}
