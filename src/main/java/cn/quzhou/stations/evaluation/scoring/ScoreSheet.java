package cn.quzhou.stations.evaluation.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A station's scored year: per item the points, the rule and the evidence, subtotals, and the total (which uncapped
 * items can take past 100).
 *
 * @param ignored evidence no rule of the version scores, or dated outside the year, with the reason
 */
public record ScoreSheet(long stationId, int year, LocalDate policyEffectiveFrom, List<ItemScore> items,
        List<Subtotal> level2, List<Subtotal> level1, BigDecimal total, List<Line> ignored) {

    public ScoreSheet {
        items = List.copyOf(items);
        level2 = List.copyOf(level2);
        level1 = List.copyOf(level1);
        ignored = List.copyOf(ignored);
    }

    public ItemScore item(String itemCode) {
        return items.stream().filter(i -> i.itemCode().equals(itemCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + itemCode));
    }

    public BigDecimal points(String itemCode) {
        return item(itemCode).points();
    }

    public Optional<Subtotal> subtotal(String headingCode) {
        return java.util.stream.Stream.concat(level1.stream(), level2.stream())
                .filter(s -> s.heading().code().equals(headingCode)).findFirst();
    }
}
