package cn.quzhou.stations.station;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.time.LocalDate;

/** A line of the station registry's list (and of its export): no personal data, no expert team. */
public record StationRow(long id, String name, SocietyLevel level, String hostUnitName, long jurisdictionId,
                         String jurisdictionName, String societyName, String documentNumber, LocalDate recognisedOn,
                         LocalDate agreementEndsOn, StationStatus status) {
}
