package cn.quzhou.stations.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The registry's list: a page at a time, searched, sorted and filtered in the database, within the data scope. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StationListTests extends PlatformTest {

    /** A prefix no other test uses: the keyword that selects exactly this class's stations. */
    private static final String PREFIX = "分页测试站";
    private static final int COUNT = 23;

    @Autowired
    StationFixtures fixtures;

    @Autowired
    Stations stations;

    @Autowired
    AccessTokens tokens;

    private final List<Long> ids = new ArrayList<>();

    @BeforeAll
    void recogniseStations() {
        for (int i = 0; i < COUNT; i++) {
            ids.add(fixtures.recognisedCityDirect(PREFIX + String.format("%02d", i) + "号" + System.nanoTime()));
        }
    }

    private Paged<StationRow> asCity(Integer page, Integer size, String sort, String q, StationFilter filter) {
        return as(world.user(Role.CITY_CAST), () -> stations.page(ListRequest.of(page, size, sort, q), filter));
    }

    @Test
    void aKeywordFindsTheStationsAndTheTotalCountsThemAll() {
        Paged<StationRow> first = asCity(1, 10, "name,asc", PREFIX, StationFilter.none());

        assertThat(first.total()).isGreaterThanOrEqualTo(COUNT);
        assertThat(first.items()).hasSize(10).allSatisfy(s -> assertThat(s.name()).contains(PREFIX));
        assertThat(first.totalPages()).isEqualTo((first.total() + 9) / 10);
    }

    @Test
    void pagesFollowEachOtherWithoutOverlapInTheSortedOrder() {
        List<String> seen = new ArrayList<>();
        Paged<StationRow> page = asCity(1, 10, "name,asc", PREFIX, StationFilter.none());
        for (int n = 1; n <= page.totalPages(); n++) {
            seen.addAll(asCity(n, 10, "name,asc", PREFIX, StationFilter.none()).items().stream()
                    .map(StationRow::name).toList());
        }
        assertThat(seen).hasSize((int) page.total()).doesNotHaveDuplicates().isSorted();
        assertThat(asCity(1, 10, "name,desc", PREFIX, StationFilter.none()).items().get(0).name())
                .isEqualTo(seen.get(seen.size() - 1));
    }

    @Test
    void filtersNarrowTheListAndARevokedFilterFindsNoneOfTheseActiveStations() {
        assertThat(asCity(1, 100, null, PREFIX, new StationFilter(null, null, StationStatus.REVOKED)).items())
                .extracting(StationRow::id).doesNotContainAnyElementsOf(ids);
        assertThat(asCity(1, 100, null, PREFIX, new StationFilter(null, null, StationStatus.ACTIVE)).items())
                .extracting(StationRow::id).containsAll(ids.subList(0, Math.min(ids.size(), 23)));
    }

    @Test
    void aCountyReviewerAndAnApplicantOfAnotherUnitSeeNoneOfTheseCityDirectStations() {
        for (Role role : List.of(Role.COUNTY_CAST, Role.APPLICANT)) {
            Paged<StationRow> page = as(world.user(role),
                    () -> stations.page(ListRequest.of(1, 100, null, PREFIX), StationFilter.none()));
            assertThat(page.total()).as(role.name()).isZero();
        }
    }

    @Test
    void badAddressesGiveTheNearestValidPageAndA400OnTheApi() throws Exception {
        String html = mvc.perform(get("/stations").param("size", "100000").param("page", "-4")
                        .param("sort", "password,asc").param("q", PREFIX + "\u0000").param("level", "GALACTIC").with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(PREFIX).contains("list-total");

        String token = ApiTokens.of(Role.CITY_CAST, world, tokens);
        for (String[] bad : List.of(new String[] {"size", "100000"}, new String[] {"page", "-1"},
                new String[] {"sort", "password,asc"}, new String[] {"q", "长".repeat(10_000)})) {
            var response = mvc.perform(ApiTokens.bearer(get("/api/stations").param(bad[0], bad[1]), token))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
            assertThat(response.getContentType()).as(bad[0]).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).as(bad[0]).contains("\"" + bad[0] + "\"");
        }
        String ok = mvc.perform(ApiTokens.bearer(get("/api/stations").param("q", PREFIX).param("size", "5")
                .param("sort", "name,asc"), token)).andReturn().getResponse().getContentAsString();
        assertThat(ok).contains("\"total\":").contains("\"size\":5").contains(PREFIX);
    }

    @Test
    void anHtmxRequestForTheListGetsTheListAloneAndAPlainOneTheWholePage() throws Exception {
        var htmx = mvc.perform(get("/stations").param("q", PREFIX).param("page", "2").param("size", "5")
                .header("HX-Request", "true").header("HX-Boosted", "true").header("HX-Target", "list-page")
                .with(user(world.user(Role.CITY_CAST)))).andReturn().getResponse();
        assertThat(htmx.getContentAsString().strip()).startsWith("<section id=\"list-page\"").contains(PREFIX)
                .contains("list-total").doesNotContain("<html").doesNotContain("<nav class=\"navbar");
        assertThat(htmx.getHeader("Vary")).contains("HX-Target");

        String whole = mvc.perform(get("/stations").param("q", PREFIX).param("page", "2").param("size", "5")
                .with(user(world.user(Role.CITY_CAST)))).andReturn().getResponse().getContentAsString();
        assertThat(whole).contains("<html").contains("<section id=\"list-page\"").contains("hx-push-url=\"true\"");
    }

    @Test
    void aPageBeyondTheLastShowsTheLastPageOnThePageAndNothingOnTheApi() throws Exception {
        Paged<StationRow> beyond = asCity(999, 10, "name,asc", PREFIX, StationFilter.none());
        Paged<StationRow> last = asCity((int) beyond.totalPages(), 10, "name,asc", PREFIX, StationFilter.none());

        assertThat(beyond.page()).isEqualTo(beyond.totalPages());
        assertThat(beyond.items()).isNotEmpty().isEqualTo(last.items());
        String html = mvc.perform(get("/stations").param("q", PREFIX).param("page", "999").param("sort", "name,asc")
                .with(user(world.user(Role.CITY_CAST)))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(last.items().get(0).name());

        String token = ApiTokens.of(Role.CITY_CAST, world, tokens);
        String api = mvc.perform(ApiTokens.bearer(get("/api/stations").param("q", PREFIX).param("page", "999"), token))
                .andReturn().getResponse().getContentAsString();
        assertThat(api).contains("\"items\":[]").contains("\"page\":999");
    }

    @Test
    void theRegistryPageOffersTheJurisdictionsItsRowsAreNamedFrom() {
        Stations.Listed<StationRow> page = as(world.user(Role.CITY_CAST),
                () -> stations.listPage(ListRequest.of(1, 10, null, PREFIX), StationFilter.none()));

        assertThat(page.jurisdictions()).isNotEmpty();
        assertThat(page.list().items()).allSatisfy(s -> assertThat(page.jurisdictions())
                .anySatisfy(j -> assertThat(j.name()).isEqualTo(s.jurisdictionName())));
    }

    @Test
    void theExportHoldsEveryMatchingRowNotJustAPage() throws Exception {
        byte[] xlsx = mvc.perform(get("/stations/export").param("q", PREFIX).param("size", "5")
                        .with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum() - 2).as("rows under the title, date and header")
                    .isEqualTo((int) asCity(1, 10, null, PREFIX, StationFilter.none()).total());
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).contains(PREFIX);
        }
    }
}
