package cn.quzhou.stations.results;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.shared.Labels;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

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
        PROPOSED, APPROVED, REJECTED;

        /** What a second city CAST account does to a proposal. */
        public enum Step {
            APPROVE, REJECT
        }

        /** The transition table: (state, step) → next state; every pair not listed is refused. */
        private static final Map<CorrectionStatus, Map<Step, CorrectionStatus>> TRANSITIONS = Map.of(
                PROPOSED, Map.of(Step.APPROVE, APPROVED, Step.REJECT, REJECTED),
                APPROVED, Map.of(),
                REJECTED, Map.of());

        /** The state after {@code step}, or empty when the step is not possible from here. */
        public Optional<CorrectionStatus> after(Step step) {
            return Optional.ofNullable(TRANSITIONS.get(this).get(step));
        }
    }
}
