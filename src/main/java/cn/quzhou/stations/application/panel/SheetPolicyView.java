package cn.quzhou.stations.application.panel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The review sheet version in force (policy data): criteria with their maximum points, how many
 * decimals an expert may give, and the aggregation rule — the mean of the sheet totals, dropping the
 * highest and the lowest when {@code trimExtremes} and at least {@code trimMinSheets} sheets are in.
 */
public record SheetPolicyView(long id, String name, LocalDate effectiveFrom, List<SheetCriterion> criteria,
                              boolean trimExtremes, int trimMinSheets, int scoreDecimals, int resultDecimals) {

    public BigDecimal maxTotal() {
        return criteria.stream().map(SheetCriterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The smallest step an expert may give (1 for whole points, 0.1 for one decimal). */
    public BigDecimal step() {
        return BigDecimal.ONE.movePointLeft(scoreDecimals);
    }
}
