package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores station years under one {@link PolicyVersion}. Stateless after construction and safe to share between
 * threads; the same input always yields an equal {@link ScoreSheet}.
 */
public final class ScoringEngine {

    static final String NOTE = "evaluation.scoring.note.";
    static final String ERROR = "evaluation.scoring.error.";

    private static final Comparator<Evidence> CHRONOLOGICAL =
            Comparator.comparing(Evidence::date).thenComparingLong(Evidence::id);

    private final PolicyVersion policy;
    private final Map<EvidenceKind, Integer> ruleOfKind = new EnumMap<>(EvidenceKind.class);
    private final Map<String, Integer> ruleOfCode = new HashMap<>();

    public ScoringEngine(PolicyVersion policy) {
        this.policy = policy;
        List<IndicatorRule> rules = policy.rules();
        for (int i = 0; i < rules.size(); i++) {
            ruleOfCode.put(rules.get(i).itemCode(), i);
            for (RulePart part : rules.get(i).parts()) {
                if (part.evidenceKind() != null) {
                    Integer before = ruleOfKind.putIfAbsent(part.evidenceKind(), i);
                    if (before != null && before != i) {
                        throw new IllegalArgumentException(part.evidenceKind() + " is scored by two items");
                    }
                }
            }
        }
    }

    public PolicyVersion policy() {
        return policy;
    }

    public ScoreSheet score(StationYear year) {
        List<IndicatorRule> rules = policy.rules();
        int n = rules.size();
        List<List<Line>> lines = new ArrayList<>(n);
        List<List<Evidence>> awards = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(new ArrayList<>());
            awards.add(null);
        }
        List<Line> ignored = new ArrayList<>();

        List<Evidence> evidence = new ArrayList<>(year.evidence());
        evidence.sort(CHRONOLOGICAL);
        for (Evidence e : evidence) {
            if (e.date().getYear() != year.year()) {
                ignored.add(new Line(Line.Source.EVIDENCE, e.id(), null, BigDecimal.ZERO, NOTE + "outsideYear",
                        List.of(e.date().toString(), Integer.toString(year.year()))));
                continue;
            }
            Integer r = ruleOfKind.get(e.kind());
            if (r == null) {
                ignored.add(new Line(Line.Source.EVIDENCE, e.id(), null, BigDecimal.ZERO, NOTE + "noRule",
                        List.of(e.kind().name())));
                continue;
            }
            IndicatorRule rule = rules.get(r);
            if (rule.kind() == RuleKind.AWARD_LADDER) {
                if (awards.get(r) == null) {
                    awards.set(r, new ArrayList<>());
                }
                awards.get(r).add(e);
            } else {
                lines.get(r).add(perEvent(rule, e));
            }
        }

        for (Map.Entry<String, Set<String>> d : year.declarations().entrySet()) {
            IndicatorRule rule = rule(d.getKey());
            int r = ruleOfCode.get(d.getKey());
            switch (rule.kind()) {
                case CHECK_ITEM -> checkItems(rule, d.getValue(), lines.get(r));
                case HIGHEST_TIER -> { } // with the measure below
                default -> throw new BusinessRuleException(null, ERROR + "notApplicable", rule.itemCode());
            }
        }
        for (int r = 0; r < n; r++) {
            IndicatorRule rule = rules.get(r);
            BigDecimal measure = year.measures().get(rule.itemCode());
            switch (rule.kind()) {
                case HIGHEST_TIER -> highestTier(rule, year.declarations().getOrDefault(rule.itemCode(), Set.of()),
                        measure, lines.get(r));
                case THRESHOLDS -> lines.get(r).add(threshold(rule, measure,
                        year.measuredFrom().getOrDefault(rule.itemCode(), List.of())));
                case EXPERT_JUDGEMENT -> lines.get(r).add(0, judgement(rule, measure));
                case AWARD_LADDER -> ladder(rule, awards.get(r), lines.get(r));
                default -> {
                    if (measure != null) {
                        throw new BusinessRuleException(null, ERROR + "notApplicable", rule.itemCode());
                    }
                }
            }
        }
        for (String code : year.measures().keySet()) {
            rule(code); // an unknown item is an error, not silently ignored
        }

        BigDecimal[] adjustment = new BigDecimal[n];
        for (Adjustment a : year.adjustments()) {
            rule(a.itemCode());
            int r = ruleOfCode.get(a.itemCode());
            lines.get(r).add(new Line(Line.Source.ADJUSTMENT, null, null, a.points(), NOTE + "adjustment",
                    List.of(a.reason())));
            adjustment[r] = adjustment[r] == null ? a.points() : adjustment[r].add(a.points());
        }

        List<ItemScore> items = new ArrayList<>(n);
        Map<String, BigDecimal> level2 = new LinkedHashMap<>();
        Map<String, BigDecimal> level1 = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int r = 0; r < n; r++) {
            IndicatorRule rule = rules.get(r);
            BigDecimal raw = BigDecimal.ZERO;
            for (Line l : lines.get(r)) {
                if (l.source() != Line.Source.ADJUSTMENT) {
                    raw = raw.add(l.points());
                }
            }
            BigDecimal adj = adjustment[r] == null ? BigDecimal.ZERO : adjustment[r];
            BigDecimal points = raw.add(adj).max(BigDecimal.ZERO);
            BigDecimal cappedAway = BigDecimal.ZERO;
            if (rule.cap() != null && points.compareTo(rule.cap()) > 0) {
                cappedAway = points.subtract(rule.cap());
                points = rule.cap();
            }
            items.add(new ItemScore(rule, lines.get(r), raw, adj, cappedAway, points));
            level2.merge(rule.level2().code(), points, BigDecimal::add);
            level1.merge(rule.level1().code(), points, BigDecimal::add);
            total = total.add(points);
        }
        List<Subtotal> sub2 = policy.level2().stream().map(h -> new Subtotal(h, level2.get(h.code()))).toList();
        List<Subtotal> sub1 = policy.level1().stream().map(h -> new Subtotal(h, level1.get(h.code()))).toList();
        return new ScoreSheet(year.stationId(), year.year(), policy.effectiveFrom(), items, sub2, sub1, total, ignored);
    }

    private IndicatorRule rule(String itemCode) {
        Integer r = ruleOfCode.get(itemCode);
        if (r == null) {
            throw new BusinessRuleException(null, ERROR + "unknownItem", itemCode);
        }
        return policy.rules().get(r);
    }

    private static BigDecimal times(BigDecimal points, int quantity) {
        return quantity == 1 ? points : points.multiply(BigDecimal.valueOf(quantity));
    }

    /** PER_EVENT_CAPPED, PER_EVENT_UNCAPPED and the media of EXPERT_JUDGEMENT. */
    private static Line perEvent(IndicatorRule rule, Evidence e) {
        for (RulePart part : rule.parts()) {
            if (part.matches(e.kind(), e.level())) {
                Integer min = part.minAttendance();
                if (min != null && (e.attendance() == null || e.attendance() < min)) {
                    return e.attendance() == null
                            ? new Line(Line.Source.EVIDENCE, e.id(), part.code(), BigDecimal.ZERO,
                                    NOTE + "attendanceMissing", List.of(min))
                            : new Line(Line.Source.EVIDENCE, e.id(), part.code(), BigDecimal.ZERO,
                                    NOTE + "belowAttendance", List.of(e.attendance(), min));
                }
                return new Line(Line.Source.EVIDENCE, e.id(), part.code(), times(part.points(), e.quantity()),
                        null, null);
            }
        }
        return new Line(Line.Source.EVIDENCE, e.id(), null, BigDecimal.ZERO, NOTE + "levelNotScored",
                List.of(String.valueOf(e.level())));
    }

    private static void checkItems(IndicatorRule rule, Set<String> declared, List<Line> out) {
        for (String code : declared) {
            if (rule.part(code).isEmpty()) {
                throw new BusinessRuleException(null, ERROR + "unknownPart", rule.itemCode(), code);
            }
        }
        for (RulePart part : rule.parts()) {
            if (declared.contains(part.code())) {
                out.add(new Line(Line.Source.DECLARATION, null, part.code(), part.points(), null, null));
            }
        }
    }

    private static void highestTier(IndicatorRule rule, Set<String> declared, BigDecimal measure, List<Line> out) {
        for (String code : declared) {
            if (rule.part(code).isEmpty()) {
                throw new BusinessRuleException(null, ERROR + "unknownPart", rule.itemCode(), code);
            }
        }
        if (measure != null && rule.parts().stream().allMatch(p -> p.threshold() == null)) {
            throw new BusinessRuleException(null, ERROR + "notApplicable", rule.itemCode());
        }
        List<RulePart> reached = new ArrayList<>();
        for (RulePart part : rule.parts()) {
            boolean measured = measure != null && part.threshold() != null
                    && measure.compareTo(part.threshold()) >= 0;
            if (declared.contains(part.code()) || measured) {
                reached.add(part);
            }
        }
        RulePart best = reached.stream().max(Comparator.comparing(RulePart::points)).orElse(null);
        for (RulePart part : reached) {
            Line.Source source = declared.contains(part.code()) ? Line.Source.DECLARATION : Line.Source.MEASURE;
            List<Object> args = source == Line.Source.MEASURE ? List.of(measure) : List.of();
            out.add(part == best
                    ? new Line(source, null, part.code(), part.points(), source == Line.Source.MEASURE
                            ? NOTE + "measured" : null, args)
                    : new Line(source, null, part.code(), BigDecimal.ZERO, NOTE + "lowerTier", args));
        }
    }

    private static Line threshold(IndicatorRule rule, BigDecimal measure, List<Long> cited) {
        if (measure == null) {
            return new Line(Line.Source.MEASURE, null, null, BigDecimal.ZERO, NOTE + "notMeasured", null);
        }
        if (measure.signum() < 0) {
            throw new BusinessRuleException(null, ERROR + "negativeMeasure", rule.itemCode());
        }
        RulePart best = null;
        for (RulePart part : rule.parts()) {
            if (measure.compareTo(part.threshold()) >= 0
                    && (best == null || part.threshold().compareTo(best.threshold()) > 0)) {
                best = part;
            }
        }
        return best == null
                ? new Line(Line.Source.MEASURE, null, null, BigDecimal.ZERO, NOTE + "belowThresholds", List.of(measure), cited)
                : new Line(Line.Source.MEASURE, null, best.code(), best.points(), NOTE + "measured", List.of(measure), cited);
    }

    private static Line judgement(IndicatorRule rule, BigDecimal measure) {
        RulePart part = rule.part(IndicatorRule.JUDGEMENT).orElseThrow();
        if (measure == null) {
            return new Line(Line.Source.MEASURE, null, part.code(), BigDecimal.ZERO, NOTE + "notJudged", null);
        }
        if (measure.signum() < 0 || measure.compareTo(part.points()) > 0) {
            throw new BusinessRuleException(null, ERROR + "judgementOutOfRange", rule.itemCode(), part.points());
        }
        return new Line(Line.Source.MEASURE, null, part.code(), Decimals.canonical(measure), null, null);
    }

    /** C3 with decision D2: the lowest-level qualifying award is the base, each other adds its own level's part. */
    private static void ladder(IndicatorRule rule, List<Evidence> awards, List<Line> out) {
        if (awards == null) {
            return;
        }
        RulePart base = rule.part(IndicatorRule.AWARD_BASE).orElseThrow();
        List<Evidence> qualifying = new ArrayList<>();
        for (Evidence e : awards) {
            if (e.level() != null && (base.level() == null || e.level().atLeast(base.level()))) {
                for (int q = 0; q < e.quantity(); q++) {
                    qualifying.add(e);
                }
            } else {
                out.add(new Line(Line.Source.EVIDENCE, e.id(), null, BigDecimal.ZERO, NOTE + "belowLevel",
                        List.of(String.valueOf(e.level()), String.valueOf(base.level()))));
            }
        }
        qualifying.sort(Comparator.comparing(Evidence::level).thenComparing(CHRONOLOGICAL));
        boolean first = true;
        for (Evidence e : qualifying) {
            if (first) {
                out.add(new Line(Line.Source.EVIDENCE, e.id(), base.code(), base.points(), NOTE + "awardBase",
                        List.of(base.points())));
                first = false;
                continue;
            }
            RulePart further = null;
            for (RulePart p : rule.parts()) {
                if (p != base && p.matches(e.kind(), e.level())) {
                    further = p;
                    break;
                }
            }
            out.add(further == null
                    ? new Line(Line.Source.EVIDENCE, e.id(), null, BigDecimal.ZERO, NOTE + "levelNotScored",
                            List.of(String.valueOf(e.level())))
                    : new Line(Line.Source.EVIDENCE, e.id(), further.code(), further.points(), null, null));
        }
    }
}
