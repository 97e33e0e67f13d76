package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.station.EvidenceKind;
import static cn.quzhou.stations.evaluation.scoring.Years.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Dated versions: a revision applies to later years only, and a year recomputes to the same numbers. */
class PolicyVersionsTests {

    /** A hypothetical 2025-03-01 revision: 45 expert days for full points, 30 % EXCELLENT. */
    static PolicyVersion revision2025() {
        List<IndicatorRule> rules = new ArrayList<>();
        for (IndicatorRule r : Quzhou2021.VERSION.rules()) {
            if (r.itemCode().equals("B1.1")) {
                r = new IndicatorRule(r.itemCode(), r.level1(), r.level2(), r.name(), r.nominalPoints(), r.kind(),
                        r.cap(), List.of(
                                new RulePart("UNDER_30", "低于30天不得分", BigDecimal.ZERO, null, null, BigDecimal.ZERO, null),
                                new RulePart("FROM_30", "30-45天计3分", BigDecimal.valueOf(3), null, null,
                                        BigDecimal.valueOf(30), null),
                                new RulePart("FROM_45", "45天以上计5分", BigDecimal.valueOf(5), null, null,
                                        BigDecimal.valueOf(45), null)));
            }
            rules.add(r);
        }
        return new PolicyVersion(LocalDate.of(2025, 3, 1), "修订版（假设）", rules,
                new GradingParameters(BigDecimal.valueOf(60), new BigDecimal("0.30"), RoundingMode.FLOOR));
    }

    private final PolicyVersions versions = new PolicyVersions(List.of(revision2025(), Quzhou2021.VERSION));

    @Test
    void anExpertsJudgementRangesUpToThePointsOfTheJudgedPartOfTheMeasuresInForce() {
        assertThat(Quzhou2021.VERSION.judgementMax()).isEqualByComparingTo("5");
        List<IndicatorRule> rules = new ArrayList<>();
        for (IndicatorRule r : Quzhou2021.VERSION.rules()) {
            rules.add(r.kind() != RuleKind.EXPERT_JUDGEMENT ? r : new IndicatorRule(r.itemCode(), r.level1(), r.level2(),
                    r.name(), r.nominalPoints(), r.kind(), r.cap(), r.parts().stream().map(p -> !p.code().equals(
                            IndicatorRule.JUDGEMENT) ? p : new RulePart(p.code(), p.description(), BigDecimal.valueOf(4),
                            p.evidenceKind(), p.level(), p.threshold(), p.minAttendance())).toList()));
        }
        PolicyVersion revised = new PolicyVersion(LocalDate.of(2027, 1, 1), "修订版（假设）", rules,
                Quzhou2021.VERSION.grading());
        assertThat(revised.judgementMax()).isEqualByComparingTo("4");
    }

    @Test
    void theVersionInForceOnTheThirtyFirstOfDecemberGovernsTheYear() {
        assertThat(PolicyVersions.referenceDate(2024)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(versions.forYear(2020)).isEmpty();
        assertThat(versions.forYear(2021)).contains(Quzhou2021.VERSION);
        assertThat(versions.forYear(2024)).contains(Quzhou2021.VERSION);
        assertThat(versions.forYear(2025)).map(PolicyVersion::effectiveFrom).contains(LocalDate.of(2025, 3, 1));
        assertThat(versions.forYear(2030)).map(PolicyVersion::effectiveFrom).contains(LocalDate.of(2025, 3, 1));
    }

    @Test
    void aLaterVersionAppliesToLaterYearsOnly() {
        StationYear year2024 = StationYear.of(1, 2024).measure("B1.1", "42").build();
        StationYear year2025 = StationYear.of(1, 2025).measure("B1.1", "42").build();

        ScoreSheet sheet2024 = new ScoringEngine(versions.forYear(2024).orElseThrow()).score(year2024);
        ScoreSheet sheet2025 = new ScoringEngine(versions.forYear(2025).orElseThrow()).score(year2025);

        assertThat(sheet2024.points("B1.1")).isEqualByComparingTo("5");
        assertThat(sheet2024.policyEffectiveFrom()).isEqualTo(Quzhou2021.EFFECTIVE_FROM);
        assertThat(sheet2025.points("B1.1")).isEqualByComparingTo("3");
        assertThat(versions.forYear(2024).orElseThrow().grading().excellentPlaces(17)).isEqualTo(3);
        assertThat(versions.forYear(2025).orElseThrow().grading().excellentPlaces(17)).isEqualTo(5);
    }

    @Test
    void recomputingAYearGivesIdenticalNumbers() {
        Random random = new Random(7);
        List<Evidence> evidence = new ArrayList<>();
        EvidenceKind[] kinds = EvidenceKind.values();
        for (int i = 0; i < 60; i++) {
            EvidenceKind kind = kinds[random.nextInt(kinds.length)];
            evidence.add(new Evidence(i, kind, day(1 + random.nextInt(365)), 50 + random.nextInt(100),
                    Level.values()[random.nextInt(4)], 1 + random.nextInt(2)));
        }
        List<Evidence> shuffled = new ArrayList<>(evidence);
        Collections.shuffle(shuffled, random);
        StationYear once = station(1).evidence(evidence).measure("B1.1", "33.3").measure("C4", "2.75")
                .declare("A2.3", "COUNTY", "CITY").adjust("C2", new BigDecimal("-5"), "重复").build();
        StationYear again = station(1).evidence(shuffled).measure("B1.1", "33.3").measure("C4", "2.75")
                .declare("A2.3", "CITY", "COUNTY").adjust("C2", new BigDecimal("-5"), "重复").build();

        PolicyVersion policy2023 = versions.forYear(2023).orElseThrow();
        ScoreSheet first = new ScoringEngine(policy2023).score(once);
        // even after the 2025 revision exists, the 2023 year is recomputed under the 2021 measures
        ScoreSheet second = new ScoringEngine(new PolicyVersions(List.of(Quzhou2021.VERSION, revision2025()))
                .forYear(2023).orElseThrow()).score(again);
        assertThat(second).isEqualTo(first);
        assertThat(second.total()).isEqualTo(first.total());

        List<Participant> participants = List.of(Participant.submitted(1, first.total()),
                Participant.submitted(2, new BigDecimal("75")), Participant.absent(3));
        assertThat(Grading.grade(policy2023.grading(), participants))
                .isEqualTo(Grading.grade(policy2023.grading(), participants));
    }
}
