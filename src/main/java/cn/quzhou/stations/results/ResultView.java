package cn.quzhou.stations.results;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a station's published result for a year (version 1 = publication, 2.. = corrections).
 *
 * @param reason           the grading reason in the reader's language
 * @param correctionReason null for version 1
 * @param approvedBy       null for version 1
 */
public record ResultView(long id, int year, long stationId, String stationName, long hostUnitId, String hostUnitName,
        long jurisdictionId, String jurisdictionName, int version, int stationYear, SocietyLevel level,
        boolean submitted, BigDecimal total, Grade grade, String reason, String documentNumber, LocalDate publishedOn,
        String correctionReason, String recordedBy, String approvedBy, Instant recordedAt) {

    public boolean correction() {
        return version > 1;
    }
}
