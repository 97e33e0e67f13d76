package cn.quzhou.stations.station;

import java.time.LocalDate;

/**
 * Published when a station is revoked (Art. 18), in the revocation's transaction: the grants work
 * claws back what was paid and cancels what was not.
 */
public record StationRevoked(long stationId, long hostUnitId, RevocationCause cause, String documentNumber,
                             LocalDate decidedOn) {
}
