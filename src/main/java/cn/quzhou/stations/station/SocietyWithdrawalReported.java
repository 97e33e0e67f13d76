package cn.quzhou.stations.station;

import java.time.LocalDate;

/**
 * Art. 18(6): the partner society reported poor cooperation and no intention of further cooperation with a station.
 * Published in the transaction that records the feedback; the evaluation module proposes revocation on it.
 */
public record SocietyWithdrawalReported(long stationId, long feedbackId, long hostUnitId, long jurisdictionId,
                                        long societyId, LocalDate givenOn) {
}
