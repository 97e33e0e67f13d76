package cn.quzhou.stations.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/** A reviewer's adjustment as recorded. */
public record AdjustmentView(String itemCode, BigDecimal points, String reason, String recordedBy, Instant recordedAt) {
}
