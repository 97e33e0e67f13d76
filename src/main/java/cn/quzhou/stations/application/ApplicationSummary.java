package cn.quzhou.stations.application;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.time.Instant;

/** A row of the application list. */
public record ApplicationSummary(long id, String stationName, String unitName, String jurisdictionName,
                                 SocietyLevel level, ApplicationStatus status, boolean paper, boolean societyFlagged,
                                 Instant submittedAt, Instant updatedAt) {
}
