package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A self-report with its route so far. {@code total} is the current engine total (null when not submitted).
 * {@code resubmitBy}: a returned report's last day to be resubmitted (else NOT_SUBMITTED). */
public record ReportView(long id, int year, long stationId, String stationName, long hostUnitId, long jurisdictionId,
        SocietyLevel level, boolean cityDirect, int stationYear, SelfReportStatus status, String summary,
        Map<String, Set<String>> declarations, BigDecimal coverage, Integer teamSize, Instant submittedAt,
        int version, List<OpinionView> opinions, java.time.LocalDate resubmitBy) {
}
