package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.SocietyRenamed;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The application list: a page at a time, searched, sorted and filtered in the database, within the data scope. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationListTests extends PlatformTest {

    /** A prefix no other test uses: the keyword that selects exactly this class's applications. */
    private static final String PREFIX = "申报分页站";
    private static final int EACH = 12;

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    Applications applications;

    @Autowired
    AccessTokens tokens;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    private final List<Long> cityDirect = new ArrayList<>();
    private final List<Long> home = new ArrayList<>();
    private long privateDraft;
    private Society renamed;

    @BeforeAll
    void submitApplications() {
        for (int i = 0; i < EACH; i++) {
            cityDirect.add(fixtures.submittedCityDirect(PREFIX + "市直" + String.format("%02d", i),
                    fixtures.newSociety(SocietyLevel.PROVINCIAL)));
            home.add(fixtures.submittedHome(PREFIX + "江山" + String.format("%02d", i),
                    fixtures.newSociety(SocietyLevel.NATIONAL)));
        }
        renamed = fixtures.newSociety(SocietyLevel.PROVINCIAL);
        privateDraft = ApplicationFixtures.as(fixtures.cityApplicant(),
                () -> applications.startDraft(fixtures.completeDraft(PREFIX + "草稿", renamed)));
    }

    private Paged<ApplicationSummary> page(PlatformUser user, Integer page, Integer size, String sort, String q,
                                           ApplicationFilter filter) {
        return as(user, () -> applications.page(ListRequest.of(page, size, sort, q), filter));
    }

    private Paged<ApplicationSummary> asCity(Integer page, Integer size, String sort, ApplicationFilter filter) {
        return page(world.user(Role.CITY_CAST), page, size, sort, PREFIX, filter);
    }

    @Test
    void aKeywordFindsTheSubmittedApplicationsButNotAnotherUnitsDraft() {
        Paged<ApplicationSummary> all = asCity(1, 100, null, ApplicationFilter.none());

        assertThat(all.total()).isEqualTo(2L * EACH);
        assertThat(all.items()).extracting(ApplicationSummary::id)
                .containsExactlyInAnyOrderElementsOf(concat(cityDirect, home)).doesNotContain(privateDraft);
        assertThat(all.items()).allSatisfy(a -> {
            assertThat(a.stationName()).contains(PREFIX);
            assertThat(a.societyName()).startsWith("测试学会");
            assertThat(a.jurisdictionName()).isNotBlank();
        });
    }

    @Test
    void pagesFollowEachOtherWithoutOverlapInTheSortedOrder() {
        List<String> seen = new ArrayList<>();
        Paged<ApplicationSummary> first = asCity(1, 5, "name,asc", ApplicationFilter.none());
        for (int n = 1; n <= first.totalPages(); n++) {
            Paged<ApplicationSummary> page = asCity(n, 5, "name,asc", ApplicationFilter.none());
            assertThat(page.items().size()).isLessThanOrEqualTo(5);
            seen.addAll(page.items().stream().map(ApplicationSummary::stationName).toList());
        }
        assertThat(first.totalPages()).isEqualTo(5);
        assertThat(seen).hasSize(2 * EACH).doesNotHaveDuplicates().isSorted();
        assertThat(asCity(1, 5, "name,desc", ApplicationFilter.none()).items().get(0).stationName())
                .isEqualTo(seen.get(seen.size() - 1));
    }

    @Test
    void statusJurisdictionAndYearFiltersNarrowTheList() {
        assertThat(asCity(1, 100, null, ApplicationFilter.of(ApplicationStatus.COUNTY_CAST_REVIEW)).items())
                .extracting(ApplicationSummary::id).containsExactlyInAnyOrderElementsOf(home);
        assertThat(asCity(1, 100, null, new ApplicationFilter(world.homeJurisdiction, null, null, null)).items())
                .extracting(ApplicationSummary::id).containsExactlyInAnyOrderElementsOf(home);
        assertThat(asCity(1, 100, null, new ApplicationFilter(null, SocietyLevel.PROVINCIAL, null, null)).items())
                .extracting(ApplicationSummary::id).containsExactlyInAnyOrderElementsOf(cityDirect);

        Paged<ApplicationSummary> all = asCity(1, 100, null, ApplicationFilter.none());
        int year = all.items().get(0).submittedAt().atZone(ZoneId.of("Asia/Shanghai")).getYear();
        assertThat(asCity(1, 100, null, new ApplicationFilter(null, null, null, year)).total()).isEqualTo(2L * EACH);
        assertThat(asCity(1, 100, null, new ApplicationFilter(null, null, null, year - 1)).total()).isZero();
    }

    @Test
    void theSocietyAndSubmittedColumnsSortBothWays() {
        List<ApplicationSummary> bySociety = asCity(1, 100, "society,asc", ApplicationFilter.none()).items();
        assertThat(bySociety).extracting(ApplicationSummary::societyName).isSorted();
        List<ApplicationSummary> newest = asCity(1, 100, null, ApplicationFilter.none()).items();
        assertThat(newest.get(0).submittedAt()).isAfterOrEqualTo(newest.get(newest.size() - 1).submittedAt());
        assertThat(newest.get(0).id()).isEqualTo(home.get(EACH - 1));
    }

    @Test
    void theCountyOfficeSeesOnlyItsJurisdictionAndAnApplicantOnlyItsOwnUnit() {
        assertThat(page(world.user(Role.COUNTY_CAST), 1, 100, null, PREFIX, ApplicationFilter.none()).items())
                .extracting(ApplicationSummary::id).containsExactlyInAnyOrderElementsOf(home);
        assertThat(page(world.user(Role.APPLICANT), 1, 100, null, PREFIX, ApplicationFilter.none()).items())
                .extracting(ApplicationSummary::id).containsExactlyInAnyOrderElementsOf(home);
        assertThat(page(fixtures.cityApplicant(), 1, 100, null, PREFIX, ApplicationFilter.none()).items())
                .extracting(ApplicationSummary::id).contains(privateDraft).containsAll(cityDirect)
                .doesNotContainAnyElementsOf(home);
        assertThat(page(fixtures.otherCountyCast(), 1, 100, null, PREFIX, ApplicationFilter.none()).total()).isZero();
    }

    @Test
    void aRenamedSocietyIsFoundByItsNewName() {
        String name = "改名后的学会" + System.nanoTime();
        tx.executeWithoutResult(s -> events.publishEvent(new SocietyRenamed(renamed.getId(), name)));

        assertThat(page(fixtures.cityApplicant(), 1, 10, null, name, ApplicationFilter.none()).items())
                .extracting(ApplicationSummary::id).containsExactly(privateDraft);
    }

    @Test
    void theReviewersTodoCountsWhatTheFilteredListTotals() {
        PlatformUser city = world.user(Role.CITY_CAST);
        long waiting = as(city, () -> applications.waitingFor(city)).get(ApplicationStatus.CITY_CAST_REVIEW);
        long listed = page(city, 1, 1, null, null, ApplicationFilter.of(ApplicationStatus.CITY_CAST_REVIEW)).total();
        assertThat(waiting).isEqualTo(listed).isGreaterThanOrEqualTo(EACH);
    }

    @Test
    void badAddressesGiveTheNearestValidPageAndA400OnTheApi() throws Exception {
        var page = mvc.perform(get("/applications").param("size", "100000").param("page", "-4")
                        .param("sort", "password,asc").param("status", "NOT_A_STATUS").param("year", "abc")
                        .param("q", PREFIX + "\u0000").with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains(PREFIX + "市直00").contains("list-total").doesNotContain("??");

        String token = ApiTokens.of(Role.CITY_CAST, world, tokens);
        for (String[] bad : List.of(new String[] {"size", "100000"}, new String[] {"page", "-1"},
                new String[] {"sort", "password,asc"}, new String[] {"q", "长".repeat(10_000)})) {
            var response = mvc.perform(ApiTokens.bearer(get("/api/applications").param(bad[0], bad[1]), token))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
            assertThat(response.getContentType()).as(bad[0]).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).as(bad[0]).contains("\"" + bad[0] + "\"");
        }
        assertThat(mvc.perform(ApiTokens.bearer(get("/api/applications").param("status", "NOT_A_STATUS"), token))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        String ok = mvc.perform(ApiTokens.bearer(get("/api/applications").param("q", PREFIX).param("size", "5")
                .param("sort", "name,asc"), token)).andReturn().getResponse().getContentAsString();
        assertThat(ok).contains("\"total\":" + 2 * EACH).contains("\"size\":5").contains(PREFIX + "市直00");
    }

    @Test
    void theExportHoldsEveryMatchingRowNotJustAPage() throws Exception {
        byte[] xlsx = mvc.perform(get("/applications/export").param("q", PREFIX).param("size", "5")
                        .param("sort", "name,asc").with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum() - 2).as("rows under the title, date and header").isEqualTo(2 * EACH);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(PREFIX + "市直00");
        }
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
