package cn.quzhou.stations.importing;

import static cn.quzhou.stations.evaluation.EvaluationFixtures.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.quzhou.stations.evaluation.EvaluationRounds;
import cn.quzhou.stations.evaluation.MeetingCommand;
import cn.quzhou.stations.evaluation.OpenRoundCommand;
import cn.quzhou.stations.evaluation.RouteCommand;
import cn.quzhou.stations.evaluation.RouteDecision;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.EvaluationResults;
import cn.quzhou.stations.results.ProposalView;
import cn.quzhou.stations.results.ResultView;
import cn.quzhou.stations.results.RevocationProposals;
import cn.quzhou.stations.station.RevocationCause;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Art. 18(5) sees imported results (D8): two consecutive imported 不合格 years propose revocation as two evaluated
 * here would, and the live 2026 round numbers the stations on from their imported years and pairs its result with the
 * imported 2025. The round admits only stations recognised by 2021-09-30 — these (the other history tests' stations
 * are recognised later) — so that it judges nobody else's.
 */
class ImportedUnqualifiedYearsTests extends PlatformTest {

    private static final int YEAR = 2026;

    @Autowired
    Imports imports;
    @Autowired
    Stations stations;
    @Autowired
    EvaluationRounds rounds;
    @Autowired
    EvaluationResults results;
    @Autowired
    RevocationProposals proposals;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @Test
    @DisplayName("Imported 2024 and 2025 不合格 propose revocation; the live 2026 round counts the station's sixth year"
            + " and, unqualified again, proposes on the 2025–2026 pair; one imported 不合格 year alone proposes nothing")
    void importedUnqualifiedYearsCountForArticle18Point5() {
        HistoryWorkbooks.Plan plan = new HistoryWorkbooks.Plan("史十八", 3)
                .grade(0, 2024, "不合格").grade(0, 2025, "不合格")
                .grade(1, 2025, "不合格");
        plan.recognisedOn = "2021-09-15";
        new HistoryWorkbooks(imports, this::cast).importAll(plan);
        Map<String, StationView> mine = as(cast(), () -> stations.list()).stream()
                .filter(s -> s.name().startsWith("史十八")).collect(Collectors.toMap(StationView::name, s -> s));
        long twice = mine.get(plan.station(0)).id();
        long once = mine.get(plan.station(1)).id();
        long never = mine.get(plan.station(2)).id();

        assertThat(twoYearProposals(twice)).extracting(ProposalView::basisYear, ProposalView::status)
                .containsExactly(tuple(2025, ProposalView.Status.OPEN));
        assertThat(twoYearProposals(once)).isEmpty();

        Instant before = clock.set(noon(LocalDate.of(YEAR + 1, 1, 5)));
        try {
            as(cast(), () -> rounds.open(new OpenRoundCommand(YEAR, LocalDate.of(YEAR + 1, 1, 20),
                    LocalDate.of(2021, 9, 30))));
            assertThat(jdbc.queryForList("select station_id, station_year from evaluation_report where year = ?", YEAR))
                    .as("the round holds these three only, each in its sixth year")
                    .extracting(r -> ((Number) r.get("station_id")).longValue(), r -> ((Number) r.get("station_year")).intValue())
                    .containsExactlyInAnyOrder(tuple(twice, 6), tuple(once, 6), tuple(never, 6));
            clock.set(noon(LocalDate.of(YEAR + 1, 2, 1)));   // past the deadline: none of them reported (Art. 13)
            publish();
        } finally {
            clock.set(before);
        }

        List<ResultView> of2026 = as(cast(), () -> results.inForce(YEAR));
        assertThat(of2026).filteredOn(r -> mine.containsKey(r.stationName()))
                .extracting(ResultView::stationId, ResultView::grade)
                .containsExactlyInAnyOrder(tuple(twice, Grade.UNQUALIFIED), tuple(once, Grade.UNQUALIFIED),
                        tuple(never, Grade.UNQUALIFIED));
        assertThat(twoYearProposals(twice)).extracting(ProposalView::basisYear).containsExactlyInAnyOrder(2025, 2026);
        assertThat(twoYearProposals(once)).extracting(ProposalView::basisYear).containsExactly(2026);
        assertThat(twoYearProposals(never)).isEmpty();
    }

    private void publish() {
        as(cast(), () -> rounds.recordDecision(YEAR, new MeetingCommand(LocalDate.of(YEAR + 1, 2, 1),
                "市科协党组会议〔2027〕1号", version())));
        as(cast(), () -> rounds.reportToTalentOffice(YEAR, version()));
        as(world.user(Role.CITY_TALENT), () -> rounds.talentDecision(YEAR,
                new RouteCommand(RouteDecision.APPROVE, "同意。", version())));
        as(cast(), () -> rounds.publish(YEAR, version()));
    }

    private int version() {
        return jdbc.queryForObject("select version from evaluation_round where year = ?", Integer.class, YEAR);
    }

    private List<ProposalView> twoYearProposals(long stationId) {
        return as(cast(), () -> proposals.list()).stream()
                .filter(p -> p.stationId() == stationId && p.cause() == RevocationCause.TWO_UNQUALIFIED_YEARS).toList();
    }

    private PlatformUser cast() {
        return world.user(Role.CITY_CAST);
    }
}
