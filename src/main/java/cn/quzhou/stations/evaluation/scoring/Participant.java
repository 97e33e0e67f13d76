package cn.quzhou.stations.evaluation.scoring;

import java.math.BigDecimal;

/**
 * A station due for evaluation in a year: with its total when it submitted, or without one when it did not take part
 * (Art. 13: UNQUALIFIED, and still part of the 参评基数).
 */
public record Participant(long stationId, BigDecimal total) {

    public Participant {
        total = Decimals.canonical(total);
    }

    public static Participant submitted(long stationId, BigDecimal total) {
        return new Participant(stationId, java.util.Objects.requireNonNull(total, "total"));
    }

    public static Participant absent(long stationId) {
        return new Participant(stationId, null);
    }

    public boolean tookPart() {
        return total != null;
    }
}
