package cn.quzhou.stations.evaluation;

/** A self-report moved along the route (published in the transaction of the move). */
public record SelfReportMoved(long reportId, int year, long stationId, long hostUnitId, long jurisdictionId,
        SelfReportStatus from, RouteDecision decision, SelfReportStatus to) {
}
