package cn.quzhou.stations.results;

import cn.quzhou.stations.shared.Labels;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 通报批评、责令限期整改 (Art. 17): the rectification task of an unqualified station's year, with its public criticism
 * notice, its deadline (and any later one) and the host unit's report.
 *
 * @param cityDirect    whether the city CAST (city-direct station) or the county CAST accepts the report
 * @param firstDeadline the deadline the notice states
 * @param overdue       not yet reported and past its deadline
 */
public record RectificationView(long id, int year, long stationId, String stationName, long hostUnitId,
        String hostUnitName, String jurisdictionName, boolean cityDirect, long resultId, String noticeNumber,
        String noticeReason, LocalDate openedOn, LocalDate firstDeadline, LocalDate deadline, Status status,
        String report, String reportFileName, String submittedBy, Instant submittedAt, String decidedBy,
        Instant decidedAt, String decisionNote, String cancelReason, boolean overdue, List<Step> steps) {

    @Labels("results.rectification.status")
    public enum Status {
        /** Awaiting the host unit's report (again, after a return). */
        OPEN,
        /** Reported, awaiting the CAST's acceptance. */
        SUBMITTED,
        CLOSED,
        /** The result was corrected away from UNQUALIFIED, or the station revoked. */
        CANCELLED;

        /** What is done to a task: the host unit reports, the reviewer decides, the city CAST moves the deadline. */
        public enum Move {
            SUBMIT, ACCEPT, RETURN, SET_DEADLINE,
            /** a correction away from UNQUALIFIED, or a revocation */
            CANCEL
        }

        /** The transition table: (state, move) → next state; every pair not listed is refused. */
        private static final Map<Status, Map<Move, Status>> TRANSITIONS = Map.of(
                OPEN, Map.of(Move.SUBMIT, SUBMITTED, Move.SET_DEADLINE, OPEN, Move.CANCEL, CANCELLED),
                SUBMITTED, Map.of(Move.ACCEPT, CLOSED, Move.RETURN, OPEN, Move.SET_DEADLINE, SUBMITTED,
                        Move.CANCEL, CANCELLED),
                CLOSED, Map.of(),
                CANCELLED, Map.of());

        /** The state after {@code move}, or empty when the move is not possible from here. */
        public Optional<Status> after(Move move) {
            return Optional.ofNullable(TRANSITIONS.get(this).get(move));
        }
    }

    /** One step of the task's history. */
    public record Step(String kind, String note, LocalDate deadline, String actor, Instant at) {
    }
}
