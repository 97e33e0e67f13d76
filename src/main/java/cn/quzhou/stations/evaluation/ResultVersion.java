package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One version of a station's published result of a year: a row of {@code evaluation_result}. */
public record ResultVersion(long id, int year, long stationId, int version, int stationYear, long hostUnitId,
        long jurisdictionId, SocietyLevel level, boolean submitted, BigDecimal total, Grade grade, String reasonKey,
        List<String> reasonArgs, LocalDate policyEffectiveFrom, String documentNumber, LocalDate publishedOn,
        String correctionReason, String recordedBy, String approvedBy, Instant recordedAt) {
}
