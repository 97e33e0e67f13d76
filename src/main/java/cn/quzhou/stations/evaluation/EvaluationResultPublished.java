package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Published in the transaction that writes a row of {@code evaluation_result}: once per station when a year's
 * results are published (version 1) and again for every correction (version 2, 3, …). The latest version of a
 * (year, station) is the result in force. Listeners run in the same transaction, so a result is never published
 * without what depends on it (grants, rectification, revocation proposals).
 *
 * @param stationYear    the station's n-th evaluation year, 1 for its first evaluation after recognition (Art. 7
 *                       pays for years 1 and 2)
 * @param jurisdictionId the host unit's jurisdiction (the payer of Art. 11 follows it)
 * @param total          null when the station did not take part (Art. 13)
 * @param documentNumber the publishing document (衢市科协〔YYYY〕n号)
 */
public record EvaluationResultPublished(long resultId, int year, long stationId, int version, int stationYear,
        long hostUnitId, long jurisdictionId, SocietyLevel level, Grade grade, BigDecimal total,
        String documentNumber, LocalDate publishedOn) {

    public boolean correction() {
        return version > 1;
    }
}
