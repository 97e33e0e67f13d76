package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.station.EvidenceKind;
import static cn.quzhou.stations.evaluation.scoring.Years.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The indicator table of appendix 2, row by row: every part, every tier boundary, every cap. */
class IndicatorTableTests {

    private final ScoringEngine engine = new ScoringEngine(Quzhou2021.VERSION);

    @ParameterizedTest(name = "{0} with {1} declared earns {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A1.1 | OFFICE                                   | 5
            A1.1 | STAFF                                    | 5
            A1.1 | OFFICE STAFF                             | 10
            A1.2 | RULES                                    | 2
            A1.2 | FUNDS_PROPER                             | 2
            A1.2 | HOST_FUNDING                             | 3
            A1.2 | DATABASES                                | 3
            A1.2 | RULES FUNDS_PROPER HOST_FUNDING DATABASES | 10
            A2.2 | CONTENT                                  | 1
            A2.2 | AGREEMENT_PLAN                           | 2
            A2.2 | CONTENT AGREEMENT_PLAN                   | 3
            """)
    void aCheckItemEarnsThePointsOfEachDeclaredPart(String item, String parts, int expected) {
        ScoreSheet sheet = engine.score(station(1).declare(item, parts.split(" ")).build());
        assertThat(sheet.points(item)).isEqualByComparingTo(BigDecimal.valueOf(expected));
        assertThat(sheet.item(item).cappedAway()).isZero();
    }

    @ParameterizedTest(name = "{0} with tiers {1} reached earns {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A2.1 | FULL                      | 5
            A2.1 | COVERS_80                 | 3
            A2.1 | COVERS_50                 | 1
            A2.1 | FULL COVERS_80 COVERS_50  | 5
            A2.1 | COVERS_80 COVERS_50       | 3
            A2.3 | PROVINCE                  | 6
            A2.3 | CITY                      | 4
            A2.3 | COUNTY                    | 2
            A2.3 | PROVINCE CITY COUNTY      | 6
            A2.3 | CITY COUNTY               | 4
            """)
    void aTieredItemCountsOnlyTheHighestTierReached(String item, String tiers, int expected) {
        ScoreSheet sheet = engine.score(station(1).declare(item, tiers.split(" ")).build());
        assertThat(sheet.points(item)).isEqualByComparingTo(BigDecimal.valueOf(expected));
        assertThat(sheet.item(item).lines().stream().filter(Line::counted)).hasSize(1);
    }

    @ParameterizedTest(name = "A2.1 with {0} % of the contract covered earns {1}")
    @CsvSource({"100, 5", "99.9, 3", "80, 3", "79.9, 1", "50, 1", "49.9, 0", "0, 0"})
    void projectPlanningByCoverageMeetsEachTierAtItsBoundary(String coverage, int expected) {
        ScoreSheet sheet = engine.score(station(1).measure("A2.1", coverage).build());
        assertThat(sheet.points("A2.1")).isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    @ParameterizedTest(name = "B1.1 with {0} expert days on average earns {1}")
    @CsvSource({"0, 0", "29.9, 0", "29.99, 0", "30, 3", "30.0, 3", "35.5, 3", "39.99, 3", "40, 5", "40.00, 5",
            "41, 5", "365, 5"})
    void expertDaysOnSiteEarnTheHighestThresholdMet(String days, int expected) {
        ScoreSheet sheet = engine.score(station(1).measure("B1.1", days).build());
        assertThat(sheet.points("B1.1")).isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    @ParameterizedTest(name = "{0}: {2} × {1} (attendance {3}) earns {4}, {5} capped away")
    @CsvSource(delimiter = '|', textBlock = """
            B1.2 | REPORT_WITH_ADVICE            | 1 |     | 5  | 0
            B1.2 | REPORT_WITH_ADVICE            | 2 |     | 10 | 0
            B1.2 | REPORT_WITH_ADVICE            | 3 |     | 10 | 5
            B1.2 | ADOPTION_OR_INSTRUCTION       | 1 |     | 5  | 0
            B1.2 | ADOPTION_OR_INSTRUCTION       | 2 |     | 10 | 0
            B1.2 | ADOPTION_OR_INSTRUCTION       | 4 |     | 10 | 10
            B1.3 | CONFERENCE                    | 1 | 100 | 10 | 0
            B1.3 | CONFERENCE                    | 1 | 99  | 0  | 0
            B1.3 | CONFERENCE                    | 1 |     | 0  | 0
            B1.3 | CONFERENCE                    | 2 | 500 | 10 | 10
            B1.3 | SALON_OR_SEMINAR              | 1 |     | 5  | 0
            B1.3 | SALON_OR_SEMINAR              | 2 | 20  | 10 | 0
            B1.3 | SALON_OR_SEMINAR              | 3 |     | 10 | 5
            B2.1 | TRAINING                      | 1 | 100 | 5  | 0
            B2.1 | TRAINING                      | 1 | 99  | 0  | 0
            B2.1 | TRAINING                      | 2 | 150 | 10 | 0
            B2.1 | TRAINING                      | 3 | 150 | 10 | 5
            B2.1 | TALENT_OR_WORKSTATION         | 1 |     | 5  | 0
            B2.1 | TALENT_OR_WORKSTATION         | 3 |     | 10 | 5
            B2.2 | ENTERPRISE_INTRODUCED         | 1 |     | 10 | 0
            B2.2 | ENTERPRISE_INTRODUCED         | 2 |     | 10 | 10
            C1   | RESULT_INDUSTRIALISED         | 1 |     | 5  | 0
            C1   | RESULT_INDUSTRIALISED         | 3 |     | 15 | 0
            C1   | NATIONAL_OR_INDUSTRY_STANDARD | 1 |     | 5  | 0
            C1   | NATIONAL_OR_INDUSTRY_STANDARD | 4 |     | 20 | 0
            C1   | GROUP_STANDARD                | 1 |     | 3  | 0
            C1   | GROUP_STANDARD                | 5 |     | 15 | 0
            C2   | TECHNICAL_PROBLEM_SOLVED      | 1 |     | 5  | 0
            C2   | TECHNICAL_PROBLEM_SOLVED      | 7 |     | 35 | 0
            """)
    void eachEventEarnsItsPointsUpToTheCapOfItsItem(String item, EvidenceKind kind, int count, Integer attendance,
            int expected, int cappedAway) {
        StationYear.Builder year = station(1);
        for (int i = 0; i < count; i++) {
            year.evidence(attendance == null ? event(kind) : attended(kind, attendance));
        }
        ScoreSheet sheet = engine.score(year.build());
        assertThat(sheet.points(item)).isEqualByComparingTo(BigDecimal.valueOf(expected));
        assertThat(sheet.item(item).cappedAway()).isEqualByComparingTo(BigDecimal.valueOf(cappedAway));
    }

    @ParameterizedTest(name = "B1.2: {0} reports and {1} adoptions earn {2}")
    @CsvSource({"1, 1, 10", "2, 1, 10", "0, 0, 0"})
    void reportsAndAdoptionsShareTheCapOfTheirItem(int reports, int adoptions, int expected) {
        StationYear.Builder year = station(1);
        for (int i = 0; i < reports; i++) {
            year.evidence(event(EvidenceKind.REPORT_WITH_ADVICE));
        }
        for (int i = 0; i < adoptions; i++) {
            year.evidence(event(EvidenceKind.ADOPTION_OR_INSTRUCTION));
        }
        assertThat(engine.score(year.build()).points("B1.2")).isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    @ParameterizedTest(name = "C3: awards {0} earn {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CITY                         | 5
            PROVINCIAL                   | 5
            NATIONAL                     | 5
            COUNTY                       | 0
            CITY CITY                    | 7
            CITY PROVINCIAL              | 8
            CITY NATIONAL                | 9
            PROVINCIAL PROVINCIAL        | 8
            PROVINCIAL NATIONAL          | 9
            NATIONAL NATIONAL            | 9
            COUNTY PROVINCIAL            | 5
            CITY PROVINCIAL NATIONAL     | 12
            NATIONAL NATIONAL NATIONAL   | 13
            CITY CITY CITY CITY CITY     | 13
            """)
    void awardsEarnFiveForTheFirstAndTheirLevelsIncrementForEachFurtherOneUncapped(String levels, int expected) {
        StationYear.Builder year = station(1);
        Arrays.stream(levels.split(" ")).map(Level::valueOf)
                .forEach(level -> year.evidence(levelled(EvidenceKind.AWARD, level)));
        assertThat(engine.score(year.build()).points("C3")).isEqualByComparingTo(BigDecimal.valueOf(expected));
    }

    @ParameterizedTest(name = "C4: judgement {0} with media {1} earns {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0   |                            | 0
            5   |                            | 5
            2.5 |                            | 2.5
            0   | CITY                       | 1
            0   | PROVINCIAL                 | 3
            0   | NATIONAL                   | 5
            0   | COUNTY                     | 0
            4   | CITY PROVINCIAL NATIONAL   | 13
            5   | NATIONAL NATIONAL          | 15
            """)
    void benefitIsTheExpertsJudgementPlusEachMediaReportByLevel(String judgement, String media, String expected) {
        StationYear.Builder year = station(1).measure("C4", judgement);
        if (media != null) {
            Arrays.stream(media.split(" ")).map(Level::valueOf)
                    .forEach(level -> year.evidence(levelled(EvidenceKind.MEDIA_REPORT, level)));
        }
        assertThat(engine.score(year.build()).points("C4")).isEqualByComparingTo(expected);
    }
}
