package cn.quzhou.stations.results;

import cn.quzhou.stations.testsupport.TestYears;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.CorrectionCommand;
import cn.quzhou.stations.results.CorrectionView;
import cn.quzhou.stations.results.EvaluationResults;
import cn.quzhou.stations.results.ProposalFilter;
import cn.quzhou.stations.results.ProposalView;
import cn.quzhou.stations.results.RectificationFilter;
import cn.quzhou.stations.results.RectificationView;
import cn.quzhou.stations.results.Rectifications;
import cn.quzhou.stations.results.ResultCorrections;
import cn.quzhou.stations.results.ResultFilter;
import cn.quzhou.stations.results.ResultFixtures;
import cn.quzhou.stations.results.ResultView;
import cn.quzhou.stations.results.RevocationProposals;
import cn.quzhou.stations.results.YearSummary;
import cn.quzhou.stations.results.internal.ResultList;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The results in force, the rectifications and the revocation proposals as lists: a page at a time, searched, sorted
 * and filtered in the database on stored scores, within the data scope, exported whole. Every station of a run carries
 * the run's own token in its name, so the keyword selects exactly this run's rows on a database other runs have filled.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultListTests extends PlatformTest {

    private static final int YEAR = TestYears.claim(2110);   // a year of its own: 2055 is the browser journey's round
    private static final String RUN = "结果列表" + Long.toString(System.nanoTime(), 36);
    /** City-direct stations: 6 EXCELLENT, 12 QUALIFIED, 5 UNQUALIFIED (one of them without a total). */
    private static final int EXCELLENT = 6;
    private static final int QUALIFIED = 12;
    private static final int UNQUALIFIED = 5;
    private static final int CITY = EXCELLENT + QUALIFIED + UNQUALIFIED;

    @Autowired
    ResultList resultList;
    @Autowired
    ResultFixtures fixtures;

    @Autowired
    EvaluationResults results;

    @Autowired
    ResultCorrections corrections;

    @Autowired
    Rectifications rectifications;

    @Autowired
    RevocationProposals proposals;

    @Autowired
    AccessTokens tokens;

    private final List<Long> cityStations = new ArrayList<>();
    private long countyStation;
    private long corrected;

    @BeforeAll
    void publish() {
        for (int i = 0; i < CITY; i++) {
            long station = fixtures.station(RUN + "站" + String.format("%02d", i), LocalDate.of(YEAR - 2, 1, 10));
            cityStations.add(station);
            if (i < EXCELLENT) {
                fixtures.publish(YEAR, station, Grade.EXCELLENT, new BigDecimal(95 - i));
            } else if (i < EXCELLENT + QUALIFIED) {
                fixtures.publish(YEAR, station, Grade.QUALIFIED, new BigDecimal(85 - i));
            } else if (i < CITY - 1) {
                // unqualified the year before too: a revocation proposal (Art. 18(5)) and a rectification each year
                fixtures.publish(YEAR - 1, station, Grade.UNQUALIFIED, new BigDecimal("40"));
                fixtures.publish(YEAR, station, Grade.UNQUALIFIED, new BigDecimal(50 - i));
            } else {
                fixtures.publish(YEAR, station, Grade.UNQUALIFIED, null);
            }
        }
        countyStation = fixtures.countyStation(RUN + "县站", LocalDate.of(YEAR - 2, 1, 10));
        fixtures.publish(YEAR, countyStation, Grade.QUALIFIED, new BigDecimal("70.5"));
        // a correction: version 2 of the last QUALIFIED station becomes the row in force, 79.5
        corrected = cityStations.get(EXCELLENT + QUALIFIED - 1);
        CorrectionView c = as(fixtures.secondCityCast(), () -> corrections.propose(corrected,
                new CorrectionCommand(YEAR, null, new BigDecimal("79.5"), "补计一项活动")));
        as(world.user(Role.CITY_CAST), () -> corrections.approve(c.id()));
    }

    private Paged<ResultView> page(PlatformUser user, Integer page, Integer size, String sort, ResultFilter filter) {
        return as(user, () -> results.page(ListRequest.of(page, size, sort, RUN), filter));
    }

    private Paged<ResultView> asCity(Integer page, Integer size, String sort, ResultFilter filter) {
        return page(world.user(Role.CITY_CAST), page, size, sort, filter);
    }

    private static ResultFilter year() {
        return ResultFilter.none().ofYear(YEAR);
    }

    @Test
    void aKeywordFindsTheYearsResultsInForceOncePerStation() {
        Paged<ResultView> all = asCity(1, 100, null, year());

        assertThat(all.total()).isEqualTo(CITY + 1);
        assertThat(all.items()).extracting(ResultView::stationId).doesNotHaveDuplicates();
        ResultView fixed = all.items().stream().filter(r -> r.stationId() == corrected).findFirst().orElseThrow();
        assertThat(fixed.version()).as("the correction is the version in force").isEqualTo(2);
        assertThat(fixed.total()).isEqualByComparingTo("79.5");
        assertThat(fixed.stationName()).startsWith(RUN);
        assertThat(fixed.hostUnitName()).isNotBlank();
    }

    @Test
    void pagesByScoreFollowEachOtherWithoutOverlapBestFirstAndANonParticipantLast() {
        List<ResultView> seen = new ArrayList<>();
        Paged<ResultView> first = asCity(1, 7, null, year());
        for (int n = 1; n <= first.totalPages(); n++) {
            seen.addAll(asCity(n, 7, null, year()).items());
        }
        assertThat(seen).hasSize(CITY + 1).extracting(ResultView::id).doesNotHaveDuplicates();
        List<BigDecimal> scores = seen.stream().map(ResultView::total).filter(java.util.Objects::nonNull).toList();
        assertThat(scores).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(seen.get(seen.size() - 1).total()).as("who did not take part ranks last").isNull();
        assertThat(seen.get(0).total()).isEqualByComparingTo("95");
    }

    @Test
    void sortsByNameGradeAndRankAreTheDatabasesAndTotal() {
        List<String> names = asCity(1, 100, "station,asc", year()).items().stream().map(ResultView::stationName)
                .toList();
        assertThat(names).hasSize(CITY + 1).isSorted();
        List<Grade> grades = asCity(1, 100, "grade,desc", year()).items().stream().map(ResultView::grade).toList();
        assertThat(grades).isSortedAccordingTo(Comparator.reverseOrder());
        List<ResultView> ranked = asCity(1, 100, "rank,asc", year()).items();
        assertThat(ranked).extracting(ResultView::grade).isSorted();
        assertThat(ranked.get(EXCELLENT).grade()).isEqualTo(Grade.QUALIFIED);
        assertThat(ranked.get(EXCELLENT).total()).as("the best QUALIFIED first among them")
                .isEqualByComparingTo("79.5");
    }

    @Test
    void filtersNarrowByGradeJurisdictionAndYear() {
        assertThat(asCity(1, 100, null, new ResultFilter(YEAR, Grade.EXCELLENT, null, null)).items())
                .hasSize(EXCELLENT).allSatisfy(r -> assertThat(r.grade()).isEqualTo(Grade.EXCELLENT));
        assertThat(asCity(1, 100, null, new ResultFilter(YEAR, null, world.homeJurisdiction, null)).items())
                .extracting(ResultView::stationId).containsExactly(countyStation);
        assertThat(asCity(1, 100, null, new ResultFilter(YEAR - 1, null, null, null)).total())
                .isEqualTo(UNQUALIFIED - 1);
        assertThat(asCity(1, 100, null, ResultFilter.none()).total()).as("every year")
                .isEqualTo(CITY + 1 + UNQUALIFIED - 1);
    }

    @Test
    void aCountyAndAHostUnitSeeOnlyTheirOwnStationsOnEveryPage() {
        for (Role role : List.of(Role.COUNTY_CAST, Role.APPLICANT)) {
            assertThat(page(world.user(role), 1, 100, null, ResultFilter.none()).items()).as(role.name())
                    .extracting(ResultView::stationId).containsExactly(countyStation);
        }
    }

    @Test
    void theYearsSummaryCountsTheGradesInForceAsTheListDoes() {
        YearSummary summary = as(world.user(Role.CITY_CAST), () -> results.years()).stream()
                .filter(y -> y.year() == YEAR).findFirst().orElseThrow();
        for (Grade grade : Grade.values()) {
            long listed = as(world.user(Role.CITY_CAST), () -> results.page(ListRequest.of(1, 1, null, null),
                    new ResultFilter(YEAR, grade, null, null))).total();
            int counted = switch (grade) {
                case EXCELLENT -> summary.excellent();
                case QUALIFIED -> summary.qualified();
                case UNQUALIFIED -> summary.unqualified();
            };
            assertThat((long) counted).as(grade.name()).isEqualTo(listed);
        }
        assertThat(summary.corrected()).isPositive();
        assertThat(summary.documentNumber()).isEqualTo("衢市科协〔" + (YEAR + 1) + "〕3号");
        YearSummary county = as(world.user(Role.COUNTY_CAST), () -> results.years()).stream()
                .filter(y -> y.year() == YEAR).findFirst().orElseThrow();
        assertThat(county.stations()).as("the summary within scope").isLessThan(summary.stations());
    }

    @Test
    void theYearsSummaryFromTheMaintainedCountsEqualsTheOneGroupedFromTheList() {
        for (var scope : java.util.List.of(new DataScope.All(), as(world.user(Role.COUNTY_CAST),
                () -> PlatformUser.current().scope()))) {
            // this class's own year: other classes write corrections with SQL alone in theirs, which the list
            // (kept by the corrections route) does not see and the trigger-kept counts do
            assertThat(resultList.yearsFromTotals(scope.on("g"), scope.on("l")))
                    .as("%s", scope).filteredOn(y -> y.year() == YEAR).hasSize(1)
                    .isEqualTo(resultList.years(scope.on("l")).stream().filter(y -> y.year() == YEAR).toList());
        }
    }

    @Test
    void thePageKeepsItsParametersAndTheStationPageLeadsBack() throws Exception {
        jakarta.servlet.http.Cookie session = cn.quzhou.stations.testsupport.SessionCookie.open(mvc);
        // the address as typed (a query string), an unknown grade and a page beyond the last among it
        String html = mvc.perform(get("/evaluations/results?year={y}&q={q}&grade=NOT_A_GRADE&size=5&page=99", YEAR, RUN)
                        .cookie(session).with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(RUN).contains("list-total").contains("共 " + (CITY + 1) + " 条")
                .doesNotContain("??");
        String station = mvc.perform(get("/evaluations/results/stations/{id}", corrected).cookie(session)
                .with(user(world.user(Role.CITY_CAST)))).andReturn().getResponse().getContentAsString();
        assertThat(station).contains("id=\"back-to-list\"").contains("q=").contains("year=" + YEAR);
        assertThat(mvc.perform(get("/evaluations/results/{year}", YEAR).param("q", RUN)
                .with(user(world.user(Role.CITY_CAST)))).andReturn().getResponse().getContentAsString()).contains(RUN);
    }

    @Test
    void theApiPagesAndRefusesBadParameters() throws Exception {
        String token = ApiTokens.of(Role.CITY_CAST, world, tokens);
        for (String path : List.of("/api/evaluations/results", "/api/rectifications", "/api/revocation-proposals")) {
            for (String[] bad : List.of(new String[] {"size", "101"}, new String[] {"page", "0"},
                    new String[] {"sort", "password,asc"}, new String[] {"q", "长".repeat(200)})) {
                var response = mvc.perform(ApiTokens.bearer(get(path).param(bad[0], bad[1]), token))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as(path + " " + bad[0]).isEqualTo(400);
                assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
            }
        }
        assertThat(mvc.perform(ApiTokens.bearer(get("/api/evaluations/results").param("grade", "NOPE"), token))
                .andReturn().getResponse().getStatus()).as("an unknown grade").isEqualTo(400);
        String ok = mvc.perform(ApiTokens.bearer(get("/api/evaluations/results").param("q", RUN)
                .param("year", "" + YEAR).param("size", "5").param("sort", "station,asc"), token))
                .andReturn().getResponse().getContentAsString();
        assertThat(ok).contains("\"total\":" + (CITY + 1)).contains("\"size\":5").contains(RUN + "站00");
    }

    @Test
    void theExportsHoldEveryMatchingRowNotJustAPage() throws Exception {
        assertThat(rows("/evaluations/results/export", "year", "" + YEAR)).isEqualTo(CITY + 1);
        assertThat(rows("/rectifications/export", "year", "" + YEAR)).isEqualTo(UNQUALIFIED);
        assertThat(rows("/revocation-proposals/export", "status", "OPEN")).isEqualTo(UNQUALIFIED - 1);
    }

    private int rows(String path, String filter, String value) throws Exception {
        byte[] xlsx = mvc.perform(get(path).param("q", RUN).param(filter, value).param("size", "2")
                .with(user(world.user(Role.CITY_CAST)))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(path.startsWith("/evaluations") ? 1 : 0).getStringCellValue())
                    .contains(RUN);
            return sheet.getLastRowNum() - 2;
        }
    }

    @Test
    void rectificationsArePagedFilteredAndScoped() {
        PlatformUser city = world.user(Role.CITY_CAST);
        Paged<RectificationView> all = as(city, () -> rectifications.page(ListRequest.of(1, 2, "station,asc", RUN),
                new RectificationFilter(null, null, YEAR, null)));
        assertThat(all.total()).isEqualTo(UNQUALIFIED);
        List<Long> seen = new ArrayList<>();
        for (int n = 1; n <= all.totalPages(); n++) {
            int p = n;
            seen.addAll(as(city, () -> rectifications.page(ListRequest.of(p, 2, "station,asc", RUN),
                    new RectificationFilter(null, null, YEAR, null))).items().stream().map(RectificationView::id).toList());
        }
        assertThat(seen).hasSize(UNQUALIFIED).doesNotHaveDuplicates();
        assertThat(as(city, () -> rectifications.page(ListRequest.of(1, 100, null, RUN),
                new RectificationFilter(RectificationView.Status.CLOSED, null, null, null))).total()).isZero();
        assertThat(as(city, () -> rectifications.page(ListRequest.of(1, 100, null, RUN),
                RectificationFilter.none())).total()).as("both years").isEqualTo(UNQUALIFIED + UNQUALIFIED - 1);
        assertThat(as(world.user(Role.COUNTY_CAST), () -> rectifications.page(ListRequest.of(1, 100, null, RUN),
                RectificationFilter.none())).total()).as("city-direct tasks are not the county's").isZero();
    }

    @Test
    void proposalsArePagedAndFilteredByStatusAndCause() {
        PlatformUser city = world.user(Role.CITY_CAST);
        Paged<ProposalView> open = as(city, () -> proposals.page(ListRequest.of(1, 100, "station,asc", RUN),
                new ProposalFilter(ProposalView.Status.OPEN, cn.quzhou.stations.station.RevocationCause.TWO_UNQUALIFIED_YEARS)));
        assertThat(open.total()).isEqualTo(UNQUALIFIED - 1);
        assertThat(open.items()).extracting(ProposalView::stationName).isSorted().allSatisfy(n -> assertThat(n).startsWith(RUN));
        assertThat(as(city, () -> proposals.page(ListRequest.of(1, 100, null, RUN),
                new ProposalFilter(ProposalView.Status.ACCEPTED, null))).total()).isZero();
    }
}
