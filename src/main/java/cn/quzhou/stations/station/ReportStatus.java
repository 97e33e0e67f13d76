package cn.quzhou.stations.station;

import java.time.Instant;
import java.time.LocalDate;

/** Where one station stands with one year's plan or summary: submitted (when), due (by when), overdue. */
public record ReportStatus(long stationId, String stationName, ReportKind kind, LocalDate dueOn, Instant submittedAt,
                           boolean overdue) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
