package cn.quzhou.stations.station;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A station as its partner society's contact sees it: what the public directory shows plus the agreement period,
 * the status and how much evidence each year holds — no responsible person, no phone, no expert team.
 *
 * @param evidencePerYear evidence recorded (not withdrawn) per evaluation year, oldest first (detail only, else empty)
 * @param feedback        the society's feedback on this station, newest first (detail only, else empty)
 */
public record SocietyStationView(long id, String name, SocietyLevel level, String hostUnitName,
                                 String jurisdictionName, String societyName, String societyBranch,
                                 LocalDate agreementSignedOn, LocalDate agreementEndsOn, String documentNumber,
                                 LocalDate recognisedOn, StationStatus status, Map<Integer, Long> evidencePerYear,
                                 List<FeedbackView> feedback) {
}
