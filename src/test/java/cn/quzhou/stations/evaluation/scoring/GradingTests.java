package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.station.EvidenceKind;
import static cn.quzhou.stations.evaluation.scoring.Years.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Art. 17 grading of a whole year, scored by the engine. */
class GradingTests {

    private final ScoringEngine engine = new ScoringEngine(Quzhou2021.VERSION);
    private final GradingParameters parameters = Quzhou2021.VERSION.grading();

    /**
     * A base of 47 points (A1.1 10, A1.2 10, A2.2 3, A2.3 city 4, B1.1 5, B1.2 10, B1.3 salon 5) plus 5 per
     * technical problem solved (C2) and the experts' judgement (C4).
     */
    private StationYear year(long id, int problems, String judgement) {
        StationYear.Builder b = station(id)
                .declare("A1.1", "OFFICE", "STAFF")
                .declare("A1.2", "RULES", "FUNDS_PROPER", "HOST_FUNDING", "DATABASES")
                .declare("A2.2", "CONTENT", "AGREEMENT_PLAN")
                .declare("A2.3", "CITY")
                .measure("B1.1", "40")
                .evidence(event(EvidenceKind.REPORT_WITH_ADVICE)).evidence(event(EvidenceKind.ADOPTION_OR_INSTRUCTION))
                .evidence(event(EvidenceKind.SALON_OR_SEMINAR))
                .measure("C4", judgement);
        for (int i = 0; i < problems; i++) {
            b.evidence(event(EvidenceKind.TECHNICAL_PROBLEM_SOLVED));
        }
        return b.build();
    }

    /** Seventeen stations due; 16 and 17 never submit. */
    private GradingResult seventeenStations(Map<Long, BigDecimal> totals) {
        List<StationYear> years = List.of(
                year(1, 9, "3"), year(2, 8, "3"), year(3, 7, "1"), year(4, 7, "1"), year(5, 7, "1"),
                year(6, 6, "4"), year(7, 5, "5"), year(8, 4, "2.5"), year(9, 2, "3"), year(10, 2, "2.5"),
                year(11, 1, "0"), year(12, 0, "0"), year(13, 3, "0"), year(14, 3, "4"), year(15, 5, "0"));
        List<Participant> participants = new ArrayList<>();
        for (StationYear y : years) {
            ScoreSheet sheet = engine.score(y);
            totals.put(y.stationId(), sheet.total());
            participants.add(Participant.submitted(y.stationId(), sheet.total()));
        }
        participants.add(Participant.absent(16));
        participants.add(Participant.absent(17));
        return Grading.grade(parameters, participants);
    }

    @Test
    void aYearOfSeventeenStationsWithTwoAbsentGivesAtMostThreeExcellentAndSendsTheTieToTheCityCast() {
        Map<Long, BigDecimal> totals = new LinkedHashMap<>();
        GradingResult result = seventeenStations(totals);

        assertThat(totals.get(1L)).isEqualByComparingTo("95");
        assertThat(totals.get(3L)).isEqualByComparingTo("83");
        assertThat(totals.get(9L)).isEqualByComparingTo("60");
        assertThat(totals.get(10L)).isEqualByComparingTo("59.5");

        assertThat(result.base()).isEqualTo(17);
        assertThat(result.excellentPlaces()).isEqualTo(3);
        assertThat(result.grade(1)).isEqualTo(Grade.EXCELLENT);
        assertThat(result.grade(2)).isEqualTo(Grade.EXCELLENT);
        assertThat(result.tie().score()).isEqualByComparingTo("83");
        assertThat(result.tie().stations()).containsExactly(3L, 4L, 5L);
        assertThat(result.tie().placesLeft()).isEqualTo(1);
        assertThat(List.of(3L, 4L, 5L)).allSatisfy(id -> assertThat(result.outcome(id).pending()).isTrue());
        assertThat(List.of(6L, 7L, 8L, 9L, 13L, 14L, 15L))
                .allSatisfy(id -> assertThat(result.grade(id)).isEqualTo(Grade.QUALIFIED));
        assertThat(List.of(10L, 11L, 12L, 16L, 17L))
                .allSatisfy(id -> assertThat(result.grade(id)).isEqualTo(Grade.UNQUALIFIED));
        assertThat(result.outcome(16).reasonKey()).isEqualTo("evaluation.grading.reason.notSubmitted");
        assertThat(result.outcome(10).reasonKey()).isEqualTo("evaluation.grading.reason.belowPassLine");
        assertThat(result.isFinal()).isFalse();

        GradingResult decided = result.decideTie(new TieDecision(List.of(4L), "党组会议研究：4号站的技术攻关成效更突出"));
        assertThat(decided.isFinal()).isTrue();
        assertThat(decided.count(Grade.EXCELLENT)).isEqualTo(3);
        assertThat(decided.grade(4)).isEqualTo(Grade.EXCELLENT);
        assertThat(decided.grade(3)).isEqualTo(Grade.QUALIFIED);
        assertThat(decided.grade(5)).isEqualTo(Grade.QUALIFIED);
        assertThat(decided.outcome(4).args()).containsExactly("党组会议研究：4号站的技术攻关成效更突出");
    }

    @Test
    void theCityCastMustChooseExactlyThePlacesLeftFromTheTiedStationsWithAReason() {
        GradingResult result = seventeenStations(new LinkedHashMap<>());
        assertThatThrownBy(() -> result.decideTie(new TieDecision(List.of(3L, 4L), "两家")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("evaluation.grading.error.wrongNumberChosen");
        assertThatThrownBy(() -> result.decideTie(new TieDecision(List.of(), "无")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("evaluation.grading.error.wrongNumberChosen");
        assertThatThrownBy(() -> result.decideTie(new TieDecision(List.of(6L), "6号站")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("evaluation.grading.error.notInTie");
        assertThatThrownBy(() -> result.decideTie(new TieDecision(List.of(4L), " ")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("evaluation.grading.error.reasonRequired");
        GradingResult decided = result.decideTie(new TieDecision(List.of(5L), "理由"));
        assertThatThrownBy(() -> decided.decideTie(new TieDecision(List.of(3L), "再议")))
                .isInstanceOf(BusinessRuleException.class).hasMessage("evaluation.grading.error.noOpenTie");
    }

    @Test
    void nonSubmittersAreUnqualifiedAndCountInTheBase() {
        List<Participant> participants = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            participants.add(Participant.submitted(i, BigDecimal.valueOf(70 + i)));
        }
        for (int i = 11; i <= 15; i++) {
            participants.add(Participant.absent(i));
        }
        GradingResult result = Grading.grade(parameters, participants);
        // 20 % of 15 = 3, not 20 % of the 10 who submitted = 2
        assertThat(result.excellentPlaces()).isEqualTo(3);
        assertThat(result.count(Grade.EXCELLENT)).isEqualTo(3);
        assertThat(result.count(Grade.UNQUALIFIED)).isEqualTo(5);
    }

    @Test
    void aTieThatFitsWithinThePlacesIsNoTie() {
        GradingResult result = Grading.grade(parameters, List.of(
                Participant.submitted(1, new BigDecimal("88")), Participant.submitted(2, new BigDecimal("88")),
                Participant.submitted(3, new BigDecimal("70")), Participant.submitted(4, new BigDecimal("70")),
                Participant.submitted(5, new BigDecimal("70")), Participant.submitted(6, new BigDecimal("70")),
                Participant.submitted(7, new BigDecimal("65")), Participant.submitted(8, new BigDecimal("65")),
                Participant.submitted(9, new BigDecimal("62")), Participant.submitted(10, new BigDecimal("50"))));
        assertThat(result.tie()).isNull();
        assertThat(result.isFinal()).isTrue();
        assertThat(result.grade(1)).isEqualTo(Grade.EXCELLENT);
        assertThat(result.grade(2)).isEqualTo(Grade.EXCELLENT);
        assertThat(result.grade(3)).isEqualTo(Grade.QUALIFIED);
        assertThat(result.grade(10)).isEqualTo(Grade.UNQUALIFIED);
    }

    @Test
    void onlyStationsAtOrAboveTheSixtyLineCanBeExcellentAndTiesBelowItAreNotTies() {
        GradingResult result = Grading.grade(parameters, List.of(
                Participant.submitted(1, new BigDecimal("60")), Participant.submitted(2, new BigDecimal("59.99")),
                Participant.submitted(3, new BigDecimal("59.99")), Participant.submitted(4, new BigDecimal("40")),
                Participant.submitted(5, new BigDecimal("30")), Participant.absent(6), Participant.absent(7),
                Participant.absent(8), Participant.absent(9), Participant.absent(10)));
        // 2 places, one station passes: it is EXCELLENT (at most 20 %), the others are below the line
        assertThat(result.grade(1)).isEqualTo(Grade.EXCELLENT);
        assertThat(result.tie()).isNull();
        assertThat(result.count(Grade.UNQUALIFIED)).isEqualTo(9);
    }

    @Test
    void fewerThanFiveStationsLeaveNoExcellentPlace() {
        GradingResult result = Grading.grade(parameters, List.of(
                Participant.submitted(1, new BigDecimal("99")), Participant.submitted(2, new BigDecimal("98")),
                Participant.submitted(3, new BigDecimal("97")), Participant.submitted(4, new BigDecimal("96"))));
        assertThat(result.excellentPlaces()).isZero();
        assertThat(result.count(Grade.QUALIFIED)).isEqualTo(4);
        assertThat(result.tie()).isNull();
    }
}
