package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.evaluation.AdjustmentView;
import cn.quzhou.stations.evaluation.EvidenceLine;
import cn.quzhou.stations.evaluation.JudgementView;
import cn.quzhou.stations.evaluation.scoring.Evidence;
import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.evaluation.scoring.Level;
import cn.quzhou.stations.evaluation.scoring.ScoreSheet;
import cn.quzhou.stations.evaluation.scoring.ScoringEngine;
import cn.quzhou.stations.evaluation.scoring.StationYear;
import cn.quzhou.stations.station.EvidenceLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Turns a report into the engine's {@link StationYear}: the (frozen) evidence in the kinds it was recorded in, the
 * declarations, the measures and the adjustments, scored under the policy version of the year.
 * <ul>
 *   <li>B1.1 "average days per year": the days recorded as EXPERT_DAYS_ON_SITE in the year ÷ the number of members
 *   of the station's expert team (frozen at submission; at least 1), cut to 2 decimals downwards, so that a tier is
 *   never reached by rounding (29.999 stays under 30, decision D1).</li>
 *   <li>C4 experts' judgement: the arithmetic mean of the judgements entered so far, rounded half-up to 2 decimals.</li>
 * </ul>
 */
@org.springframework.stereotype.Component
public class Sheets {

    public static final String B1_1 = "B1.1";
    public static final String C4 = "C4";
    public static final String A2_1 = "A2.1";

    private final IndicatorPolicies policies;

    Sheets(IndicatorPolicies policies) {
        this.policies = policies;
    }

    public ScoreSheet score(SelfReport r, List<EvidenceLine> evidence, int teamSize, List<AdjustmentView> adjustments,
                            List<JudgementView> judgements) {
        StationYear.Builder year = StationYear.of(r.getStationId(), r.getYear());
        for (EvidenceLine e : evidence) {
            if (e.kind() != EvidenceKind.EXPERT_DAYS_ON_SITE) {   // a measure (B1.1 below), not an event
                year.evidence(new Evidence(e.id(), e.kind(), e.occurredOn(), e.attendance(), level(e.level()), 1));
            }
        }
        r.declared().forEach((item, parts) -> year.declare(item, parts.toArray(String[]::new)));
        if (r.getCoverage() != null) {
            year.measure(A2_1, r.getCoverage());
        }
        BigDecimal days = averageDays(r.getYear(), evidence, teamSize);
        if (days != null) {
            year.measure(B1_1, days, expertDays(r.getYear(), evidence).map(EvidenceLine::id).toList());
        }
        BigDecimal judgement = judgement(judgements);
        if (judgement != null) {
            year.measure(C4, judgement);
        }
        adjustments.forEach(a -> year.adjust(a.itemCode(), a.points(), a.reason()));
        return new ScoringEngine(policies.forYear(r.getYear())).score(year.build());
    }

    /** The range of an expert's judgement in {@code year}'s measures: 0 to this. */
    public BigDecimal judgementMax(int year) {
        return policies.forYear(year).judgementMax();
    }

    public static BigDecimal averageDays(int year, List<EvidenceLine> evidence, int teamSize) {
        BigDecimal sum = expertDays(year, evidence).map(EvidenceLine::days).reduce(BigDecimal::add).orElse(null);
        return sum == null ? null : sum.divide(BigDecimal.valueOf(Math.max(teamSize, 1)), 2, RoundingMode.DOWN);
    }

    /** The expert-days records B1.1 counts: of the year, with days (the same ones its line cites). */
    private static java.util.stream.Stream<EvidenceLine> expertDays(int year, List<EvidenceLine> evidence) {
        return evidence.stream()
                .filter(e -> e.kind() == EvidenceKind.EXPERT_DAYS_ON_SITE)
                .filter(e -> e.occurredOn().getYear() == year)
                .filter(e -> e.days() != null);
    }

    public static BigDecimal judgement(List<JudgementView> judgements) {
        List<BigDecimal> entered = judgements.stream().map(JudgementView::judgement).filter(Objects::nonNull).toList();
        if (entered.isEmpty()) {
            return null;
        }
        return entered.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(entered.size()), 2, RoundingMode.HALF_UP);
    }

    static Level level(EvidenceLevel level) {
        if (level == null) {
            return null;
        }
        return switch (level) {
            case CITY_OR_DEPARTMENT, CITY_MEDIA -> Level.CITY;
            case PROVINCIAL_OR_MINISTERIAL, PROVINCIAL_MEDIA -> Level.PROVINCIAL;
            case NATIONAL, NATIONAL_MEDIA -> Level.NATIONAL;
        };
    }
}
