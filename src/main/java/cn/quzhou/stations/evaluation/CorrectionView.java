package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.shared.Labels;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A proposed correction of a published result (Art. 17): proposed by one city CAST account, approved or rejected
 * by another.
 *
 * @param baseVersion   the version in force when proposed; approval writes {@code baseVersion + 1}
 * @param resultId      the row written on approval, else null
 */
public record CorrectionView(long id, int year, long stationId, String stationName, int baseVersion, Grade grade,
        BigDecimal total, String reason, CorrectionStatus status, String proposedBy, Instant proposedAt,
        String decidedBy, Instant decidedAt, String decisionNote, Long resultId) {

    @Labels("results.correction.status")
    public enum CorrectionStatus {
        PROPOSED, APPROVED, REJECTED
    }
}
