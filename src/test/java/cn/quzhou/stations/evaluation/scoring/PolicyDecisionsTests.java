package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.station.EvidenceKind;
import static cn.quzhou.stations.evaluation.scoring.Years.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decisions D1-D4 of DOMAIN.md §10 on the policy's ambiguous sentences. */
class PolicyDecisionsTests {

    private final ScoringEngine engine = new ScoringEngine(Quzhou2021.VERSION);

    private BigDecimal expertDays(String average) {
        return engine.score(station(1).measure("B1.1", average).build()).points("B1.1");
    }

    @Test
    void d1_exactly40DaysEarnsFivePoints() {
        assertThat(expertDays("40")).isEqualByComparingTo("5");
    }

    @Test
    void d1_exactly30DaysEarnsThreePoints() {
        assertThat(expertDays("30")).isEqualByComparingTo("3");
        assertThat(expertDays("39.9")).isEqualByComparingTo("3");
    }

    @Test
    void d1_29point9DaysEarnNothing() {
        assertThat(expertDays("29.9")).isEqualByComparingTo("0");
    }

    @Test
    void d2_withAwardsOfDifferentLevelsTheLowestLevelOneIsTheBase() {
        Evidence national = levelled(EvidenceKind.AWARD, Level.NATIONAL);
        Evidence city = levelled(EvidenceKind.AWARD, Level.CITY);
        ScoreSheet sheet = engine.score(station(1).evidence(national).evidence(city).build());

        // city award is the base 5, the national one adds 4: 9 (and not 5 + 2 = 7)
        assertThat(sheet.points("C3")).isEqualByComparingTo("9");
        assertThat(sheet.item("C3").lines()).extracting(Line::evidenceId, Line::partCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(city.id(), "BASE"),
                        org.assertj.core.groups.Tuple.tuple(national.id(), "FURTHER_NATIONAL"));
    }

    @Test
    void d2_awardsAreUncapped() {
        StationYear.Builder year = station(1);
        for (int i = 0; i < 4; i++) {
            year.evidence(levelled(EvidenceKind.AWARD, Level.PROVINCIAL));
        }
        ScoreSheet sheet = engine.score(year.build());
        assertThat(sheet.points("C3")).isEqualByComparingTo("14");
        assertThat(sheet.item("C3").cappedAway()).isZero();
    }

    @Test
    void d3_benefitIsTheExpertsJudgementPlusMediaPointsUncapped() {
        ScoreSheet sheet = engine.score(station(1).measure("C4", "3.5")
                .evidence(levelled(EvidenceKind.MEDIA_REPORT, Level.NATIONAL))
                .evidence(levelled(EvidenceKind.MEDIA_REPORT, Level.PROVINCIAL))
                .evidence(levelled(EvidenceKind.MEDIA_REPORT, Level.CITY))
                .build());
        assertThat(sheet.points("C4")).isEqualByComparingTo("12.5");
        assertThat(sheet.item("C4").cappedAway()).isZero();
    }

    @Test
    void d4_excellentIsAtMostTwentyPercentOfParticipantsRoundedDown() {
        GradingParameters grading = Quzhou2021.VERSION.grading();
        assertThat(grading.excellentPlaces(17)).isEqualTo(3);
        assertThat(grading.excellentPlaces(19)).isEqualTo(3);
        assertThat(grading.excellentPlaces(20)).isEqualTo(4);
        assertThat(grading.excellentPlaces(4)).isZero();

        List<Participant> seventeen = new ArrayList<>();
        for (int i = 1; i <= 17; i++) {
            seventeen.add(Participant.submitted(i, BigDecimal.valueOf(100 - i)));
        }
        GradingResult result = Grading.grade(grading, seventeen);
        assertThat(result.count(Grade.EXCELLENT)).isEqualTo(3);
        assertThat(result.tie()).isNull();
    }

    @Test
    void d4_aTieAcrossTheLineGoesToTheCityCast() {
        GradingResult result = Grading.grade(Quzhou2021.VERSION.grading(), List.of(
                Participant.submitted(1, new BigDecimal("90")), Participant.submitted(2, new BigDecimal("80")),
                Participant.submitted(3, new BigDecimal("80.0")), Participant.submitted(4, new BigDecimal("70")),
                Participant.submitted(5, new BigDecimal("65")), Participant.submitted(6, new BigDecimal("61")),
                Participant.submitted(7, new BigDecimal("61")), Participant.submitted(8, new BigDecimal("61")),
                Participant.submitted(9, new BigDecimal("61")), Participant.submitted(10, new BigDecimal("61"))));
        // 20 % of 10 = 2 places: station 1, then 2 and 3 tied for the last one
        assertThat(result.grade(1)).isEqualTo(Grade.EXCELLENT);
        assertThat(result.tie().stations()).containsExactly(2L, 3L);
        assertThat(result.tie().placesLeft()).isEqualTo(1);
        assertThat(result.outcome(2).pending()).isTrue();
        assertThat(result.isFinal()).isFalse();
    }
}
