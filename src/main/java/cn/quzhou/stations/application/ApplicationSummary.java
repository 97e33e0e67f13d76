package cn.quzhou.stations.application;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.time.Instant;

/**
 * A row of the application list. {@code unitName} is the unit's registered name now (the form's own unit name when
 * the application has none yet); {@code societyFlagged}: another application names the same society (Art. 3(6)).
 */
public record ApplicationSummary(long id, String stationName, String unitName, String societyName,
                                 long jurisdictionId, String jurisdictionName, SocietyLevel level,
                                 ApplicationStatus status, boolean paper, boolean societyFlagged, Instant submittedAt,
                                 Instant updatedAt) {
}
