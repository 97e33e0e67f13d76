package cn.quzhou.stations.station;

import java.time.LocalDate;

/**
 * A plan or summary a host unit still owes for this year: waiting since {@code since} (the recognition date, or the
 * year's first day for an older station), due on {@code deadline} (null while no due date applies).
 */
public record OpenReport(long stationId, String stationName, long hostUnitId, int year, ReportKind kind, LocalDate since,
                         LocalDate deadline) {

    public boolean overdueOn(LocalDate today) {
        return deadline != null && deadline.isBefore(today);
    }
}
