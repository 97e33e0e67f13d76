package cn.quzhou.stations.results;

import cn.quzhou.stations.shared.Labels;
import cn.quzhou.stations.station.FeedbackView;
import cn.quzhou.stations.station.RevocationCause;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A revocation the system proposes to the city CAST (Art. 18(4), (5) and (6)), with its basis: for
 * {@code TWO_UNQUALIFIED_YEARS} the two years' results in force, for {@code NO_PROGRESS} the first period after
 * recognition and the evidence recorded in it (none), for {@code SOCIETY_WITHDRAWS} the society's feedback.
 *
 * @param basisYear     the later of the two unqualified years; 0 for NO_PROGRESS
 * @param basisResults  the results in force of {@code basisYear - 1} and {@code basisYear} (detail only, else empty)
 * @param evidenceCount evidence in {@code periodFrom}…{@code periodTo} (NO_PROGRESS, detail only, else null)
 * @param basisFeedback the society's feedback (SOCIETY_WITHDRAWS, Art. 18(6); detail only, else null)
 */
public record ProposalView(long id, long stationId, String stationName, String hostUnitName, String jurisdictionName,
        RevocationCause cause, int basisYear, LocalDate periodFrom, LocalDate periodTo, Status status,
        Instant openedAt, String decidedBy, Instant decidedAt, String decisionNote, String documentNumber,
        LocalDate decidedOn, List<ResultView> basisResults, Long evidenceCount, FeedbackView basisFeedback) {

    @Labels("results.proposal.status")
    public enum Status {
        OPEN, ACCEPTED, DISMISSED,
        /** The basis went away (a correction) or the station was revoked otherwise. */
        WITHDRAWN;

        /** What is done to an open proposal: the city CAST accepts or dismisses it, the platform withdraws it. */
        public enum Step {
            ACCEPT, DISMISS, WITHDRAW
        }

        /** The transition table: (state, step) → next state; every pair not listed is refused. */
        private static final Map<Status, Map<Step, Status>> TRANSITIONS = Map.of(
                OPEN, Map.of(Step.ACCEPT, ACCEPTED, Step.DISMISS, DISMISSED, Step.WITHDRAW, WITHDRAWN),
                ACCEPTED, Map.of(),
                DISMISSED, Map.of(),
                WITHDRAWN, Map.of());

        /** The state after {@code step}, or empty when the step is not possible from here. */
        public Optional<Status> after(Step step) {
            return Optional.ofNullable(TRANSITIONS.get(this).get(step));
        }
    }
}
