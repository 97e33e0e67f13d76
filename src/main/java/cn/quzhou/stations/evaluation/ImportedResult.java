package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.scoring.Grade;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A year's result published on paper before the platform (D8): grade, total (null when the station did not take
 * part, Art. 13), the results document's number and date as issued, and the station's n-th evaluation year.
 */
public record ImportedResult(long stationId, int year, int stationYear, Grade grade, BigDecimal total,
                             String documentNumber, LocalDate publishedOn) {
}
