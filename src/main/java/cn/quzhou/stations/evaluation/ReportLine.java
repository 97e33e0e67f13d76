package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A self-report as a line of the worklist (its route, summary and declarations are on the report itself).
 *
 * @param resubmitBy a returned report's last day to be resubmitted, else null
 */
public record ReportLine(long id, int year, long stationId, String stationName, long hostUnitId, long jurisdictionId,
        SocietyLevel level, boolean cityDirect, int stationYear, SelfReportStatus status, Instant submittedAt,
        int version, LocalDate resubmitBy) {
}
