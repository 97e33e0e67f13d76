package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published in the transaction that imports a result published on paper (D8). Not an
 * {@link EvaluationResultPublished}: the publication's follow-ups (rectification notices, messages to the unit) were
 * done on paper; what the result decides from now on still follows it — the grants of Art. 7 (module funding) count
 * it, as Art. 18(5) does inside this module.
 */
public record ImportedResultRecorded(long resultId, int year, long stationId, int stationYear, long hostUnitId,
                                     long jurisdictionId, SocietyLevel level, Grade grade, BigDecimal total,
                                     String documentNumber, LocalDate publishedOn) {

    /** The same result as a version 1 publication, for the rules that read one. */
    public EvaluationResultPublished asPublished() {
        return new EvaluationResultPublished(resultId, year, stationId, 1, stationYear, hostUnitId, jurisdictionId,
                level, grade, total, documentNumber, publishedOn);
    }
}
