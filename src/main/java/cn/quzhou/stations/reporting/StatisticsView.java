package cn.quzhou.stations.reporting;

import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.funding.OverviewRow;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.station.StationStatus;
import java.util.List;
import java.util.Map;

/**
 * The programme's figures within the reader's data scope, for one year or (year null) every year: applications by
 * jurisdiction and status, stations by jurisdiction, level and status with the status totals, results in force by
 * year, jurisdiction and grade, and the funds overview — null when the reader may not see the funds overview.
 */
public record StatisticsView(Integer year, List<ApplicationLine> applications, List<StationLine> stations,
                             Map<StationStatus, Long> stationTotals, List<GradeLine> grades, List<OverviewRow> funds) {

    public boolean fundsVisible() {
        return funds != null;
    }

    public record ApplicationLine(long jurisdictionId, String jurisdiction, ApplicationStatus status, long count) {
    }

    public record StationLine(long jurisdictionId, String jurisdiction, SocietyLevel level, StationStatus status,
                              long count) {
    }

    public record GradeLine(int year, long jurisdictionId, String jurisdiction, Grade grade, long count) {
    }
}
