package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.shared.Labels;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
        CANCELLED
    }

    /** One step of the task's history. */
    public record Step(String kind, String note, LocalDate deadline, String actor, Instant at) {
    }
}
