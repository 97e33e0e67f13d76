package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.station.EvidenceKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated version of the evaluation measures: the indicator table and the grading parameters in force from
 * {@code effectiveFrom} (the first: 衢市科协〔2021〕24号 of 2021-08-17).
 */
public record PolicyVersion(LocalDate effectiveFrom, String source, List<IndicatorRule> rules,
        GradingParameters grading) {

    public PolicyVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(grading, "grading");
        rules = List.copyOf(rules);
        if (rules.stream().map(IndicatorRule::itemCode).distinct().count() != rules.size()) {
            throw new IllegalArgumentException("a policy version repeats an item code");
        }
    }

    public Optional<IndicatorRule> rule(String itemCode) {
        return rules.stream().filter(r -> r.itemCode().equals(itemCode)).findFirst();
    }

    /**
     * The most one expert's judgement may give: the points of part {@link IndicatorRule#JUDGEMENT} of the item the
     * experts judge (C4 in the 2021 table: 0 to 5).
     */
    public BigDecimal judgementMax() {
        return rules.stream().filter(r -> r.kind() == RuleKind.EXPERT_JUDGEMENT).flatMap(r -> r.parts().stream())
                .filter(p -> p.code().equals(IndicatorRule.JUDGEMENT)).map(RulePart::points).findFirst()
                .orElseThrow(() -> new IllegalStateException("no expert judgement in the measures of " + effectiveFrom));
    }

    /** The item each kind of evidence scores under in this table (the parts that name a kind); unnamed kinds absent. */
    public Map<EvidenceKind, String> itemsOfEvidence() {
        Map<EvidenceKind, String> items = new EnumMap<>(EvidenceKind.class);
        rules.forEach(r -> r.parts().stream().filter(p -> p.evidenceKind() != null)
                .forEach(p -> items.putIfAbsent(p.evidenceKind(), r.itemCode())));
        return items;
    }

    /** Level-1 headings in table order. */
    public List<Heading> level1() {
        Map<String, Heading> seen = new LinkedHashMap<>();
        rules.forEach(r -> seen.putIfAbsent(r.level1().code(), r.level1()));
        return List.copyOf(seen.values());
    }

    /** Level-2 headings in table order. */
    public List<Heading> level2() {
        Map<String, Heading> seen = new LinkedHashMap<>();
        rules.forEach(r -> seen.putIfAbsent(r.level2().code(), r.level2()));
        return List.copyOf(seen.values());
    }
}
