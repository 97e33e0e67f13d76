package cn.quzhou.stations.station;

import cn.quzhou.stations.testsupport.TestYears;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The plans-and-summaries overview: one line per active station and kind, paged, searched and filtered in SQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportListTests extends PlatformTest {

    private static final String PREFIX = "年报分页站";
    private static final int COUNT = 24;
    private static final int SUBMITTED = 5;
    /** A year of its own: due dates are per year for every station. */
    private static final int YEAR = TestYears.claim(2154);

    @Autowired
    AnnualReports reports;

    @Autowired
    StationFixtures fixtures;

    @Autowired
    ApplicationFixtures applications;

    private final List<Long> ids = new ArrayList<>();

    @BeforeAll
    void stationsDueDatesAndSomeSummaries() {
        for (int i = 0; i < COUNT; i++) {
            ids.add(fixtures.recognisedCityDirect(PREFIX + String.format("%02d", i) + "号" + System.nanoTime()));
        }
        LocalDate today = LocalDate.now(clock);
        as(world.user(Role.CITY_CAST), () -> {
            reports.setDueDates(new DueDatesCommand(YEAR, today.minusDays(1), today.plusDays(30)));
            return null;
        });
        PlatformUser host = applications.cityApplicant();
        for (long station : ids.subList(0, SUBMITTED)) {
            as(host, () -> {
                reports.submit(station, new ReportCommand(YEAR, ReportKind.SUMMARY, "上年度总结"));
                return null;
            });
        }
    }

    private Paged<ReportStatus> asCity(Integer page, String sort, ReportKind kind, ReportFilter.State state) {
        return as(world.user(Role.CITY_CAST), () -> reports.page(ListRequest.of(page, 10, sort, PREFIX),
                new ReportFilter(YEAR, kind, state)));
    }

    @Test
    void pagesFollowEachOtherWithoutOverlapAndCountEveryStationTwice() {
        Paged<ReportStatus> first = asCity(1, "station,asc", null, null);
        List<ReportStatus> seen = new ArrayList<>();
        for (int n = 1; n <= first.totalPages(); n++) {
            seen.addAll(asCity(n, "station,asc", null, null).items());
        }
        assertThat(first.total()).isEqualTo(2L * COUNT);
        assertThat(seen).extracting(r -> r.stationId() + r.kind().name()).hasSize(2 * COUNT).doesNotHaveDuplicates();
        assertThat(seen).extracting(ReportStatus::stationName).isSorted();
        assertThat(seen).extracting(ReportStatus::stationId).containsOnlyElementsOf(ids);
    }

    @Test
    void theStateAndKindFiltersAgreeWithTheDueDates() {
        assertThat(asCity(1, null, null, ReportFilter.State.SUBMITTED).total()).isEqualTo(SUBMITTED);
        assertThat(asCity(1, null, null, ReportFilter.State.OVERDUE).items())
                .allSatisfy(r -> assertThat(r.kind()).isEqualTo(ReportKind.PLAN))
                .allSatisfy(r -> assertThat(r.overdue()).isTrue());
        assertThat(asCity(1, null, null, ReportFilter.State.OVERDUE).total()).isEqualTo(COUNT);
        assertThat(asCity(1, null, null, ReportFilter.State.PENDING).total()).isEqualTo(COUNT - SUBMITTED);
        assertThat(asCity(1, null, ReportKind.SUMMARY, null).total()).isEqualTo(COUNT);
        assertThat(as(world.user(Role.CITY_CAST), () -> StationFixtures.reportStatus(reports, YEAR)))
                .filteredOn(r -> ids.contains(r.stationId())).hasSize(2 * COUNT)
                .filteredOn(ReportStatus::submitted).hasSize(SUBMITTED);
    }

    @Test
    void aCountyReviewerSeesNoneOfTheseCityDirectStations() {
        assertThat(as(world.user(Role.COUNTY_CAST), () -> reports.page(ListRequest.of(1, 100, null, PREFIX),
                ReportFilter.ofYear(YEAR))).total()).isZero();
    }

    @Test
    void thePageKeepsItsFiltersAndTheExportHoldsEveryMatchingLine() throws Exception {
        String html = mvc.perform(get("/stations/reports").param("year", String.valueOf(YEAR)).param("q", PREFIX)
                        .param("state", "SIDEWAYS").param("page", "99").with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(PREFIX, "list-total", "list-export").doesNotContain("??");
        byte[] xlsx = mvc.perform(get("/stations/reports/export").param("year", String.valueOf(YEAR))
                        .param("q", PREFIX).param("size", "5").with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum() - 2).isEqualTo(2 * COUNT);
        }
    }
}
