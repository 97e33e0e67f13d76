package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.testsupport.TestYears;
import static cn.quzhou.stations.evaluation.EvaluationFixtures.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.evaluation.internal.FrozenSheets;
import cn.quzhou.stations.evaluation.internal.SelfReportRepository;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.evaluation.scoring.GradingResult;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.RecordedResults;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole year (2050) of 17 stations, 2 of which never submit: the 参评基数 is 17, so at most floor(20 % × 17) = 3
 * are EXCELLENT; two stations tie across that line and the city CAST decides with a reason; publication writes 17
 * rows and 17 events; the published year recomputes to the same totals.
 */
class WholeYearTests extends PlatformTest {

    private static final int YEAR = TestYears.claim(2050);

    @Autowired
    EvaluationFixtures fixtures;

    @Autowired
    SelfReports reports;

    @Autowired
    EvaluationRounds rounds;

    @Autowired
    EvaluationScoring scoring;

    @Autowired
    RecordedResults published;

    @Autowired
    FrozenSheets frozen;

    @Autowired
    SelfReportRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seventeenStationsTwoAbsentATieDecidedByTheCityAndPublication() {
        List<Long> stations = new ArrayList<>();
        for (int i = 1; i <= 17; i++) {
            stations.add(i == 4 ? fixtures.countyStation("江山全年服务站" + i, YEAR)
                    : fixtures.cityStation("全年服务站" + i, YEAR));
        }
        Instant before = clock.set(noon(LocalDate.of(YEAR + 1, 1, 5)));
        try {
            fixtures.open(YEAR, LocalDate.of(YEAR + 1, 1, 20));
            int[] problems = {3, 2, 1, 1}; // S1 79, S2 74, S3 and S4 69 (tie), S5..S13 64, S14/S15 34
            for (int i = 0; i < 15; i++) {
                long s = stations.get(i);
                if (i < 13) {
                    fixtures.record(s, YEAR, EvidenceKind.ENTERPRISE_INTRODUCED, null, null, null);
                    fixtures.salon(s, YEAR, "沙龙一");
                    fixtures.salon(s, YEAR, "沙龙二");
                    fixtures.record(s, YEAR, EvidenceKind.REPORT_WITH_ADVICE, null, null, null);
                    fixtures.record(s, YEAR, EvidenceKind.REPORT_WITH_ADVICE, null, null, null);
                }
                for (int p = 0; i < problems.length && p < problems[i]; p++) {
                    fixtures.record(s, YEAR, EvidenceKind.TECHNICAL_PROBLEM_SOLVED, null, null, null);
                }
                fixtures.submitFull(s, YEAR);
            }
            long county = fixtures.reportOf(YEAR, stations.get(3));
            as(world.user(Role.COUNTY_CAST), () -> reports.countyCheck(county,
                    new RouteCommand(RouteDecision.PASS, "真实完整。", fixtures.version(county))));
            as(world.user(Role.COUNTY_TALENT), () -> reports.countyForward(county,
                    new RouteCommand(RouteDecision.PASS, "报送。", fixtures.version(county))));

            // one expert judges S5's C4 (3 of 5): 64 + 3 = 67, still below the tie
            as(world.user(Role.CITY_CAST), () -> scoring.assignExperts(YEAR, List.of(world.expert.getId())));
            long s5 = fixtures.reportOf(YEAR, stations.get(4));
            as(world.user(Role.EXPERT), () -> {
                scoring.judge(s5, new JudgementCommand(new BigDecimal("3"), "效益明显。"));
                return null;
            });

            clock.set(noon(LocalDate.of(YEAR + 1, 2, 1))); // past the deadline: S16 and S17 never submitted
            for (int i = 0; i < 15; i++) {
                long r = fixtures.reportOf(YEAR, stations.get(i));
                as(world.user(Role.CITY_CAST), () -> reports.cityDecision(r,
                        new RouteCommand(RouteDecision.VERIFY, null, fixtures.version(r))));
            }

            PreviewView preview = as(world.user(Role.CITY_CAST), () -> rounds.preview(YEAR));
            GradingResult grading = preview.grading();
            assertThat(grading.base()).isEqualTo(17);
            assertThat(grading.excellentPlaces()).isEqualTo(3);
            assertThat(preview.blocking()).isEmpty();
            assertThat(grading.tie()).isNotNull();
            assertThat(grading.tie().stations()).containsExactlyInAnyOrder(stations.get(2), stations.get(3));
            assertThat(grading.tie().placesLeft()).isEqualTo(1);
            assertThat(grading.tie().score()).isEqualByComparingTo("69");
            assertThat(grading.outcome(stations.get(4)).total()).isEqualByComparingTo("67");

            assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> rounds.recordDecision(YEAR,
                    new MeetingCommand(LocalDate.of(YEAR + 1, 2, 1), "党组会议", fixtures.roundVersion(YEAR)))))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("evaluation.error.tieOpen"));
            assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> rounds.decideTie(YEAR,
                    new TieCommand(List.of(stations.get(2), stations.get(3)), "两站均优秀"))))
                    .isInstanceOf(BusinessRuleException.class);
            PreviewView decided = as(world.user(Role.CITY_CAST), () -> rounds.decideTie(YEAR,
                    new TieCommand(List.of(stations.get(2)), "成果转化成效更显著（党组会议意见）。")));
            assertThat(decided.tieOpen()).isFalse();

            as(world.user(Role.CITY_CAST), () -> rounds.recordDecision(YEAR,
                    new MeetingCommand(LocalDate.of(YEAR + 1, 2, 1), "市科协党组会议〔2051〕2号",
                            fixtures.roundVersion(YEAR))));
            as(world.user(Role.CITY_CAST), () -> rounds.reportToTalentOffice(YEAR, fixtures.roundVersion(YEAR)));
            as(world.user(Role.CITY_TALENT), () -> rounds.talentDecision(YEAR,
                    new RouteCommand(RouteDecision.APPROVE, "同意。", fixtures.roundVersion(YEAR))));
            RoundView round = as(world.user(Role.CITY_CAST), () -> rounds.publish(YEAR, fixtures.roundVersion(YEAR)));
            assertThat(round.status()).isEqualTo(RoundStatus.PUBLISHED);
            assertThat(round.documentNumber()).matches("衢市科协〔2051〕\\d+号");

            Map<Long, String> grades = jdbc.sql("select station_id, grade from evaluation_result where year = ?")
                    .param(YEAR).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(grades).hasSize(17);
            assertThat(grades.values().stream().filter("EXCELLENT"::equals).count()).isEqualTo(3);
            assertThat(grades.get(stations.get(0))).isEqualTo("EXCELLENT");
            assertThat(grades.get(stations.get(2))).isEqualTo("EXCELLENT");
            assertThat(grades.get(stations.get(3))).isEqualTo("QUALIFIED");
            assertThat(grades.get(stations.get(13))).isEqualTo("UNQUALIFIED");
            assertThat(grades.get(stations.get(15))).isEqualTo("UNQUALIFIED");
            assertThat(grades.get(stations.get(16))).isEqualTo("UNQUALIFIED");
            assertThat(jdbc.sql("select count(*) from evaluation_result where year = ? and not submitted "
                    + "and reason_key = 'evaluation.grading.reason.notSubmitted'").param(YEAR)
                    .query(Integer.class).single()).isEqualTo(2);

            List<EvaluationResultPublished> events = published.of(YEAR);
            assertThat(events).hasSize(17);
            assertThat(events).allSatisfy(e -> {
                assertThat(e.version()).isEqualTo(1);
                assertThat(e.stationYear()).isEqualTo(1);
                assertThat(e.documentNumber()).isEqualTo(round.documentNumber());
            });
            assertThat(events).filteredOn(e -> e.stationId() == stations.get(16))
                    .singleElement().satisfies(e -> {
                        assertThat(e.grade()).isEqualTo(Grade.UNQUALIFIED);
                        assertThat(e.total()).isNull();
                    });
            assertThat(events).filteredOn(e -> e.stationId() == stations.get(3)).singleElement()
                    .satisfies(e -> assertThat(e.jurisdictionId()).isEqualTo(world.homeJurisdiction));

            // the published year recomputes to the same totals, whatever happens to the live evidence later
            Map<Long, BigDecimal> totals = jdbc.sql("select station_id, total from evaluation_result where year = ? "
                    + "and submitted").param(YEAR).query((rs, n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2)))
                    .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            jdbc.sql("update station_evidence set withdrawn_at = now() where station_id = ? and year = ?")
                    .params(stations.get(0), YEAR).update();
            repository.findByYearOrderByStationNameAscIdAsc(YEAR).stream()
                    .filter(r -> r.getStatus() == SelfReportStatus.VERIFIED)
                    .forEach(r -> assertThat(frozen.of(r).total()).isEqualByComparingTo(totals.get(r.getStationId())));
            assertThat(totals.get(stations.get(0))).isEqualByComparingTo("79");

            // the year's Excel rows follow the published results
            List<ResultRow> rows = as(world.user(Role.CITY_TALENT), () -> rounds.resultRows(YEAR));
            assertThat(rows).hasSize(17);
            assertThat(rows).filteredOn(r -> r.grade() == Grade.EXCELLENT).hasSize(3);
            assertThat(rows).filteredOn(r -> r.total() == null).extracting(ResultRow::grade)
                    .containsOnly(Grade.UNQUALIFIED).hasSize(2);

            // the station sees its result and may download its sheet
            long s1 = fixtures.reportOf(YEAR, stations.get(0));
            assertThat(as(fixtures.unitOf(stations.get(0)), () -> rounds.result(s1)).orElseThrow().grade())
                    .isEqualTo(Grade.EXCELLENT);
            byte[] pdf = as(fixtures.unitOf(stations.get(0)), () -> scoring.sheetPdf(s1));
            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        } finally {
            clock.set(before);
        }
    }
}
