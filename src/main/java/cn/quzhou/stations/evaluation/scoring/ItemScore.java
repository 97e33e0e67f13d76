package cn.quzhou.stations.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The score of one indicator item with its explanation.
 *
 * @param rule        the rule that produced it
 * @param lines       every input considered, counted or not, with the part applied
 * @param raw         sum of the counted lines before adjustments and cap
 * @param adjustment  sum of the reviewer adjustments (in {@code lines} with their reasons)
 * @param cappedAway  points lost to the cap (0 when uncapped or under it)
 * @param points      the item's points: min(cap, max(0, raw + adjustment))
 */
public record ItemScore(IndicatorRule rule, List<Line> lines, BigDecimal raw, BigDecimal adjustment,
        BigDecimal cappedAway, BigDecimal points) {

    public ItemScore {
        lines = List.copyOf(lines);
    }

    public String itemCode() {
        return rule.itemCode();
    }

    /** The evidence records that earned points under this item. */
    public List<Long> countedEvidence() {
        return lines.stream().filter(l -> l.source() == Line.Source.EVIDENCE && l.counted())
                .map(Line::evidenceId).distinct().toList();
    }
}
