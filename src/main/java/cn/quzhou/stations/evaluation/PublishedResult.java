package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.scoring.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A station's result in force for a year (the latest version of {@code evaluation_result}). */
public record PublishedResult(int year, long stationId, String stationName, int version, Grade grade,
        BigDecimal total, String reasonKey, java.util.List<Object> reasonArgs, String documentNumber,
        LocalDate publishedOn) {
}
