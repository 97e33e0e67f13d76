package cn.quzhou.stations.evaluation;

import java.math.BigDecimal;

/** A participant of a round as the round's page lists it. {@code total} only for submitted reports. */
public record ParticipantLine(long reportId, long stationId, String stationName, String jurisdictionName,
        int stationYear, SelfReportStatus status, BigDecimal total, int version) {
}
