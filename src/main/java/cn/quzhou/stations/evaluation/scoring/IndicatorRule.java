package cn.quzhou.stations.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the indicator table (appendix 2): a level-3 indicator with its rule.
 *
 * @param itemCode      A1.1 … C4
 * @param level1        level-1 indicator (一级指标)
 * @param level2        level-2 indicator (二级指标)
 * @param name          level-3 indicator name (三级指标), as in appendix 2
 * @param nominalPoints the points in the heading, e.g. 10 for 设施保障(10分)
 * @param kind          how the parts combine
 * @param cap           the item's maximum, or null when the policy says 本项不封顶
 * @param parts         the scoring lines, in the policy's order
 */
public record IndicatorRule(String itemCode, Heading level1, Heading level2, String name, BigDecimal nominalPoints,
        RuleKind kind, BigDecimal cap, List<RulePart> parts) {

    public IndicatorRule {
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        nominalPoints = Decimals.canonical(Objects.requireNonNull(nominalPoints, "nominalPoints"));
        cap = Decimals.canonical(cap);
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(itemCode + " has no parts");
        }
        if (parts.stream().map(RulePart::code).distinct().count() != parts.size()) {
            throw new IllegalArgumentException(itemCode + " repeats a part code");
        }
        boolean mayBeUncapped = kind == RuleKind.PER_EVENT_UNCAPPED || kind == RuleKind.AWARD_LADDER
                || kind == RuleKind.EXPERT_JUDGEMENT;
        if (cap == null && !mayBeUncapped) {
            throw new IllegalArgumentException(itemCode + ": a " + kind + " item needs a cap");
        }
        if (kind == RuleKind.AWARD_LADDER && parts.stream().noneMatch(p -> p.code().equals(AWARD_BASE))) {
            throw new IllegalArgumentException(itemCode + ": an award ladder needs part " + AWARD_BASE);
        }
        if (kind == RuleKind.EXPERT_JUDGEMENT && parts.stream().noneMatch(p -> p.code().equals(JUDGEMENT))) {
            throw new IllegalArgumentException(itemCode + ": an expert judgement needs part " + JUDGEMENT);
        }
    }

    /** The part of an award ladder earned by the first award (C3). */
    public static final String AWARD_BASE = "BASE";
    /** The part of an expert-judgement item holding the judgement's maximum (C4). */
    public static final String JUDGEMENT = "JUDGEMENT";

    public boolean capped() {
        return cap != null;
    }

    public Optional<RulePart> part(String code) {
        return parts.stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
