package cn.quzhou.stations.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A reviewer's correction of one item (for example a report found not to qualify: −5), always with its reason.
 * It is applied before the item's cap and the item never drops below 0.
 */
public record Adjustment(String itemCode, BigDecimal points, String reason) {

    public Adjustment {
        Objects.requireNonNull(itemCode, "itemCode");
        points = Decimals.canonical(Objects.requireNonNull(points, "points"));
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an adjustment of " + itemCode + " needs a reason");
        }
    }
}
