package cn.quzhou.stations.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.application.ApplicationFilter;
import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.ApplicationSummary;
import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.evaluation.EvaluationRounds;
import cn.quzhou.stations.evaluation.ResultRow;
import cn.quzhou.stations.evaluation.RoundStatus;
import cn.quzhou.stations.evaluation.RoundView;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.funding.ClawbackFilter;
import cn.quzhou.stations.funding.ClawbackView;
import cn.quzhou.stations.funding.Clawbacks;
import cn.quzhou.stations.funding.FundsLedgers;
import cn.quzhou.stations.funding.Grants;
import cn.quzhou.stations.funding.InstalmentFilter;
import cn.quzhou.stations.funding.InstalmentStatus;
import cn.quzhou.stations.funding.InstalmentView;
import cn.quzhou.stations.funding.LedgerFilter;
import cn.quzhou.stations.funding.LedgerView;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.results.RectificationView;
import cn.quzhou.stations.results.Rectifications;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.station.StationStatus;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import cn.quzhou.stations.testsupport.DemoInstance;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo programme as {@code ./mvnw spring-boot:run} builds it on a fresh data directory ({@link DemoInstance}, one
 * build shared with {@link DemoTourBrowserTests}): read back through the facades as the offices would read it.
 */
abstract class DemoProgrammeTests {

    private final DemoInstance demo = DemoInstance.shared();

    @Test
    void twentyFourStationsAreRecognisedInFourBatchesAndOneOfThemIsRevoked() {
        List<StationView> stations = as("city-cast", () -> demo.bean(Stations.class).list());
        assertThat(stations).hasSize(24);
        assertThat(stations.stream().map(s -> s.recognisedOn().getYear()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(2022, 2023, 2024, 2025);
        assertThat(stations).filteredOn(s -> s.status() == StationStatus.REVOKED).singleElement()
                .satisfies(s -> assertThat(s.name()).startsWith(DemoCatalogue.REVOKED));
        assertThat(stations.stream().map(StationView::jurisdictionId).distinct().count()).isEqualTo(9);
    }

    @Test
    void fourYearsArePublishedWithEveryGradeAndTheTwentyTwentyFourTieWasDecidedByTheCity() {
        EvaluationRounds rounds = demo.bean(EvaluationRounds.class);
        for (int year = 2022; year <= 2025; year++) {
            int y = year;
            RoundView round = as("city-cast", () -> rounds.get(y));
            assertThat(round.status()).as("round %d", year).isEqualTo(RoundStatus.PUBLISHED);
            assertThat(round.documentNumber()).as("document of %d", year).isNotBlank();
            List<ResultRow> rows = as("city-talent", () -> rounds.resultRows(y));
            assertThat(rows.stream().map(ResultRow::grade).collect(Collectors.toSet())).as("grades of %d", year)
                    .containsExactlyInAnyOrder(Grade.EXCELLENT, Grade.QUALIFIED, Grade.UNQUALIFIED);
        }
        RoundView tie = as("city-cast", () -> rounds.get(2024));
        assertThat(tie.tieChosen()).hasSize(1);
        assertThat(tie.tieReason()).isNotBlank();
        assertThat(as("city-cast", () -> rounds.get(2026)).status()).isEqualTo(RoundStatus.OPEN);
    }

    @Test
    void grantsArePaidAndDueAndTheLedgersHoldExpenses() {
        Grants grants = demo.bean(Grants.class);
        List<InstalmentView> all = new ArrayList<>();
        as("city-cast", () -> {
            grants.export(ListRequest.first(), InstalmentFilter.none(), all::add);
            return null;
        });
        assertThat(all).filteredOn(i -> i.status() == InstalmentStatus.PAID).hasSizeGreaterThan(10);
        assertThat(all).filteredOn(i -> i.status() == InstalmentStatus.DUE).isNotEmpty()
                .allSatisfy(i -> assertThat(i.year()).isEqualTo(2025));
        List<LedgerView> ledgers = new ArrayList<>();
        as("city-cast", () -> {
            demo.bean(FundsLedgers.class).export(ListRequest.first(), LedgerFilter.none(), ledgers::add);
            return null;
        });
        // the list carries balances only; each ledger's summary has what was received and spent
        List<LedgerView> summaries = as("city-cast", () -> ledgers.stream()
                .map(l -> demo.bean(FundsLedgers.class).get(l.stationId())).toList());
        assertThat(summaries).filteredOn(l -> l.spent().signum() > 0).hasSizeGreaterThan(5)
                .allSatisfy(l -> assertThat(l.balance()).isEqualByComparingTo(l.received().subtract(l.spent())));
    }

    @Test
    void theRevocationClawsBackTheFirstGrantWhichIsPartlyRepaid() {
        List<ClawbackView> clawbacks = new ArrayList<>();
        as("city-cast", () -> {
            demo.bean(Clawbacks.class).export(ListRequest.first(), new ClawbackFilter(null, null, null), clawbacks::add);
            return null;
        });
        assertThat(clawbacks).singleElement().satisfies(c -> {
            assertThat(c.stationName()).startsWith(DemoCatalogue.REVOKED);
            assertThat(c.amount()).isEqualByComparingTo("500000");
            assertThat(c.repaid()).isEqualByComparingTo("200000");
            assertThat(c.settledOn()).isNull();
        });
    }

    @Test
    void oneRectificationWasReportedAndAcceptedAndTheLatestIsOpen() {
        List<RectificationView> tasks = as("city-cast", () -> demo.bean(Rectifications.class).list(false));
        assertThat(tasks).filteredOn(t -> t.status() == RectificationView.Status.CLOSED).singleElement()
                .satisfies(t -> assertThat(t.stationName()).startsWith(DemoCatalogue.RECTIFIED));
        assertThat(tasks).filteredOn(t -> t.status() == RectificationView.Status.OPEN)
                .anySatisfy(t -> assertThat(t.stationName()).startsWith(DemoCatalogue.RECTIFYING));
    }

    @Test
    void applicationsWaitAtEveryStepOfTheRoute() {
        List<ApplicationSummary> visible = new ArrayList<>();
        as("city-cast", () -> {
            demo.bean(Applications.class).export(ListRequest.of(null, null, "updatedAt,desc", null),
                    ApplicationFilter.of(null), visible::add);
            return null;
        });
        Set<ApplicationStatus> statuses = visible.stream().map(ApplicationSummary::status)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApplicationStatus.class)));
        assertThat(statuses).contains(ApplicationStatus.COUNTY_TALENT_RECOGNITION, ApplicationStatus.CITY_CAST_REVIEW,
                ApplicationStatus.PANEL_REVIEW, ApplicationStatus.CITY_TALENT_REVIEW, ApplicationStatus.PUBLIC_NOTICE,
                ApplicationStatus.RECOGNISED);
        List<ApplicationSummary> drafts = new ArrayList<>();
        as(DemoCatalogue.CS2.username(), () -> {
            demo.bean(Applications.class).export(ListRequest.of(null, null, "updatedAt,desc", null),
                    ApplicationFilter.of(null), drafts::add);
            return null;
        });
        assertThat(drafts).extracting(ApplicationSummary::status).contains(ApplicationStatus.DRAFT);
    }

    @Test
    void aRestartFindsTheProgrammeBuiltAndAddsNothing() throws Exception {
        List<StationView> before = as("city-cast", () -> demo.bean(Stations.class).list());
        demo.bean(DemoProgramme.class).run(null);
        assertThat(as("city-cast", () -> demo.bean(Stations.class).list())).hasSameSizeAs(before);
    }

    @Test
    void theRunningNoticeIsOnThePublicPage() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(demo.baseUrl() + "/public/notices")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("2026年度第一批衢州市学会服务站拟认定名单公示");
    }

    private <T> T as(String username, Supplier<T> action) {
        PlatformUser user = (PlatformUser) demo.bean(UserDetailsService.class).loadUserByUsername(username);
        return PlatformUser.runAs(user, action);
    }
}
