package cn.quzhou.stations.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/** An expert assigned to a report, with the C4 judgement once entered (null before). */
public record JudgementView(long assignmentId, long reportId, long expertId, String expertName, BigDecimal judgement,
        String comment, Instant judgedAt) {
}
