package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.station.EvidenceKind;
import static cn.quzhou.stations.evaluation.scoring.Years.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A score sheet explains each point: the rule, the evidence, the cap, the reviewer's adjustments. */
class ScoreSheetTests {

    private final ScoringEngine engine = new ScoringEngine(Quzhou2021.VERSION);

    /** Every item at its nominal maximum, plus uncapped extras. */
    private static StationYear.Builder fullYear(long id) {
        return station(id)
                .declare("A1.1", "OFFICE", "STAFF")
                .declare("A1.2", "RULES", "FUNDS_PROPER", "HOST_FUNDING", "DATABASES")
                .declare("A2.1", "FULL")
                .declare("A2.2", "CONTENT", "AGREEMENT_PLAN")
                .declare("A2.3", "PROVINCE")
                .measure("B1.1", "42.5")
                .evidence(event(EvidenceKind.REPORT_WITH_ADVICE)).evidence(event(EvidenceKind.ADOPTION_OR_INSTRUCTION))
                .evidence(attended(EvidenceKind.CONFERENCE, 300))
                .evidence(attended(EvidenceKind.TRAINING, 120)).evidence(event(EvidenceKind.TALENT_OR_WORKSTATION))
                .evidence(event(EvidenceKind.ENTERPRISE_INTRODUCED))
                .evidence(event(EvidenceKind.RESULT_INDUSTRIALISED)).evidence(event(EvidenceKind.GROUP_STANDARD))
                .evidence(event(EvidenceKind.TECHNICAL_PROBLEM_SOLVED))
                .evidence(levelled(EvidenceKind.AWARD, Level.CITY))
                .measure("C4", "4");
    }

    @Test
    void theNominalPointsOfTheTableAddUpToOneHundredByLevel() {
        PolicyVersion policy = Quzhou2021.VERSION;
        assertThat(policy.rules()).extracting(IndicatorRule::itemCode).containsExactly("A1.1", "A1.2", "A2.1",
                "A2.2", "A2.3", "B1.1", "B1.2", "B1.3", "B2.1", "B2.2", "C1", "C2", "C3", "C4");
        for (Heading h : policy.level2()) {
            assertThat(policy.rules().stream().filter(r -> r.level2().equals(h)).map(IndicatorRule::nominalPoints)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).as(h.code()).isEqualByComparingTo(h.nominalPoints());
        }
        for (Heading h : policy.level1()) {
            assertThat(policy.level2().stream().filter(l2 -> l2.code().startsWith(h.code()))
                    .map(Heading::nominalPoints).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(h.code()).isEqualByComparingTo(h.nominalPoints());
        }
        assertThat(policy.level1().stream().map(Heading::nominalPoints).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
    }

    @Test
    void a22KeepsItsFourPointCapButItsPartsAddToThree() {
        IndicatorRule a22 = Quzhou2021.VERSION.rule("A2.2").orElseThrow();
        assertThat(a22.cap()).isEqualByComparingTo("4");
        ScoreSheet sheet = engine.score(station(1).declare("A2.2", "CONTENT", "AGREEMENT_PLAN").build());
        assertThat(sheet.points("A2.2")).isEqualByComparingTo("3");
    }

    @Test
    void everyItemAppearsOnTheSheetWithSubtotalsAndUncappedItemsTakeTheTotalPastOneHundred() {
        ScoreSheet sheet = engine.score(fullYear(1)
                .evidence(event(EvidenceKind.TECHNICAL_PROBLEM_SOLVED)).evidence(event(EvidenceKind.TECHNICAL_PROBLEM_SOLVED))
                .build());
        assertThat(sheet.items()).hasSize(14);
        // A 10+10+5+3+6 = 34; B 5+10+10+10+10 = 45; C 8 + 15 + 5 + 4 = 32
        assertThat(sheet.subtotal("A1").orElseThrow().points()).isEqualByComparingTo("20");
        assertThat(sheet.subtotal("A2").orElseThrow().points()).isEqualByComparingTo("14");
        assertThat(sheet.subtotal("A").orElseThrow().points()).isEqualByComparingTo("34");
        assertThat(sheet.subtotal("B1").orElseThrow().points()).isEqualByComparingTo("25");
        assertThat(sheet.subtotal("B2").orElseThrow().points()).isEqualByComparingTo("20");
        assertThat(sheet.subtotal("B").orElseThrow().points()).isEqualByComparingTo("45");
        assertThat(sheet.subtotal("C").orElseThrow().points()).isEqualByComparingTo("32");
        assertThat(sheet.total()).isEqualByComparingTo("111");
        assertThat(sheet.policyEffectiveFrom()).isEqualTo(Quzhou2021.EFFECTIVE_FROM);
    }

    @Test
    void theSheetNamesTheEvidenceAndTheRulePartBehindEachPoint() {
        Evidence first = Evidence.of(11, EvidenceKind.REPORT_WITH_ADVICE, day(30));
        Evidence second = Evidence.of(12, EvidenceKind.REPORT_WITH_ADVICE, day(60));
        Evidence third = Evidence.of(13, EvidenceKind.ADOPTION_OR_INSTRUCTION, day(90));
        ScoreSheet sheet = engine.score(station(1).evidence(third).evidence(first).evidence(second).build());

        ItemScore b12 = sheet.item("B1.2");
        assertThat(b12.rule().kind()).isEqualTo(RuleKind.PER_EVENT_CAPPED);
        assertThat(b12.countedEvidence()).containsExactly(11L, 12L, 13L);
        assertThat(b12.lines()).extracting(Line::partCode).containsExactly("REPORT", "REPORT", "ADOPTION");
        assertThat(b12.raw()).isEqualByComparingTo("15");
        assertThat(b12.cappedAway()).isEqualByComparingTo("5");
        assertThat(b12.points()).isEqualByComparingTo("10");
    }

    @Test
    void evidenceThatDoesNotQualifyIsShownWithTheReason() {
        Evidence small = Evidence.attended(21, EvidenceKind.CONFERENCE, day(10), 99);
        Evidence lastYear = Evidence.of(22, EvidenceKind.TECHNICAL_PROBLEM_SOLVED, LocalDate.of(Years.YEAR - 1, 12, 31));
        Evidence countyAward = Evidence.levelled(23, EvidenceKind.AWARD, day(20), Level.COUNTY);
        ScoreSheet sheet = engine.score(station(1).evidence(small).evidence(lastYear).evidence(countyAward).build());

        assertThat(sheet.item("B1.3").lines()).singleElement()
                .satisfies(l -> assertThat(l.noteKey()).isEqualTo("evaluation.scoring.note.belowAttendance"))
                .satisfies(l -> assertThat(l.args()).containsExactly(99, 100));
        assertThat(sheet.ignored()).singleElement()
                .satisfies(l -> assertThat(l.evidenceId()).isEqualTo(22L))
                .satisfies(l -> assertThat(l.noteKey()).isEqualTo("evaluation.scoring.note.outsideYear"));
        assertThat(sheet.item("C3").lines()).singleElement()
                .satisfies(l -> assertThat(l.noteKey()).isEqualTo("evaluation.scoring.note.belowLevel"));
        assertThat(sheet.total()).isZero();
    }

    @Test
    void aRecordStandingForSeveralUnitsCountsEachOfThem() {
        Evidence twoStandards = new Evidence(31, EvidenceKind.GROUP_STANDARD, day(5), null, null, 2);
        assertThat(engine.score(station(1).evidence(twoStandards).build()).points("C1")).isEqualByComparingTo("6");
    }

    @Test
    void aReviewerAdjustmentNeedsAReason() {
        assertThatThrownBy(() -> new Adjustment("B1.2", new BigDecimal("-5"), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Adjustment("B1.2", new BigDecimal("-5"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAdjustmentIsAppliedBeforeTheCapAndNeverTakesAnItemBelowZero() {
        StationYear year = station(1)
                .evidence(event(EvidenceKind.REPORT_WITH_ADVICE)).evidence(event(EvidenceKind.REPORT_WITH_ADVICE))
                .evidence(event(EvidenceKind.REPORT_WITH_ADVICE))
                .adjust("B1.2", new BigDecimal("-5"), "第三份报告与第一份内容重复")
                .declare("A1.1", "OFFICE")
                .adjust("A1.1", new BigDecimal("-8"), "办公场所为临时借用")
                .build();
        ScoreSheet sheet = engine.score(year);

        ItemScore b12 = sheet.item("B1.2");
        assertThat(b12.raw()).isEqualByComparingTo("15");
        assertThat(b12.adjustment()).isEqualByComparingTo("-5");
        assertThat(b12.points()).isEqualByComparingTo("10");
        assertThat(b12.cappedAway()).isZero();
        assertThat(b12.lines()).filteredOn(l -> l.source() == Line.Source.ADJUSTMENT).singleElement()
                .satisfies(l -> assertThat(l.args()).containsExactly("第三份报告与第一份内容重复"));
        assertThat(sheet.points("A1.1")).isZero();
    }

    @Test
    void inputsTheTableDoesNotKnowAreRefused() {
        assertThatThrownBy(() -> engine.score(station(1).declare("A1.1", "CANTEEN").build()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("evaluation.scoring.error.unknownPart");
        assertThatThrownBy(() -> engine.score(station(1).declare("D9", "X").build()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("evaluation.scoring.error.unknownItem");
        assertThatThrownBy(() -> engine.score(station(1).declare("B1.2", "REPORT").build()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("evaluation.scoring.error.notApplicable");
        assertThatThrownBy(() -> engine.score(station(1).measure("B1.2", "3").build()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("evaluation.scoring.error.notApplicable");
        assertThatThrownBy(() -> engine.score(station(1).measure("A2.3", "90").build()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("evaluation.scoring.error.notApplicable");
        assertThatThrownBy(() -> engine.score(station(1).adjust("Z1", BigDecimal.ONE, "why").build()))
                .isInstanceOf(BusinessRuleException.class).hasMessage("evaluation.scoring.error.unknownItem");
    }

    @Test
    void theExpertsJudgementMustLieBetweenZeroAndFive() {
        assertThatThrownBy(() -> engine.score(station(1).measure("C4", "5.5").build()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("evaluation.scoring.error.judgementOutOfRange");
        assertThatThrownBy(() -> engine.score(station(1).measure("C4", "-1").build()))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(engine.score(station(1).build()).item("C4").lines()).singleElement()
                .satisfies(l -> assertThat(l.noteKey()).isEqualTo("evaluation.scoring.note.notJudged"));
    }
}
