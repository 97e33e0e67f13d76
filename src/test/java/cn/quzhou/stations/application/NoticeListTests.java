package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.application.notice.NoticeFilter;
import cn.quzhou.stations.application.notice.NoticeState;
import cn.quzhou.stations.application.notice.NoticeSummary;
import cn.quzhou.stations.application.notice.ObjectionCommand;
import cn.quzhou.stations.application.notice.ObjectionStatus;
import cn.quzhou.stations.application.notice.ObjectionView;
import cn.quzhou.stations.application.notice.OpenNoticeCommand;
import cn.quzhou.stations.application.notice.PublicNoticeView;
import cn.quzhou.stations.application.notice.PublicNotices;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.testsupport.ApiTokens;
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

/**
 * The notice lists: the city offices' list of every notice, the public list of the running ones, and the objections of
 * one notice — a page at a time, searched, filtered and sorted in the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticeListTests extends PlatformTest {

    /** A title prefix no other test uses: the keyword that selects exactly this class's notices. */
    private static final String PREFIX = "公示分页批次";
    private static final int RUNNING = 8;
    private static final int ENDED = 7;
    private static final int UPCOMING = 3;
    private static final int OBJECTIONS = 7;

    @Autowired
    NoticeFixtures fixtures;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    PublicNotices notices;

    @Autowired
    AccessTokens tokens;

    private final List<Long> running = new ArrayList<>();
    private final List<Long> ended = new ArrayList<>();
    private final List<Long> upcoming = new ArrayList<>();
    private long lastOpened;
    private long withObjections;
    private String uniqueStation;

    @BeforeAll
    void openNotices() {
        uniqueStation = "公示分页独有服务站" + System.nanoTime();
        for (int i = 0; i < RUNNING + ENDED + UPCOMING; i++) {
            String station = i == 0 ? uniqueStation : PREFIX + "服务站" + String.format("%02d", i);
            long app = fixtures.inPublicNotice(station, applications.newSociety(SocietyLevel.NATIONAL));
            LocalDate start = i >= RUNNING + ENDED ? fixtures.today().plusDays(30) : fixtures.today();
            long id = open(PREFIX + String.format("%02d", i), "公示分页〔2026〕" + i + "号", start, app);
            if (i < RUNNING) {
                running.add(id);
            } else if (i < RUNNING + ENDED) {
                fixtures.shiftIntoThePast(id);
                ended.add(id);
            } else {
                upcoming.add(id);
            }
            lastOpened = id;
        }
        withObjections = running.get(1);
        long listed = as(world.user(Role.CITY_CAST), () -> notices.header(withObjections)).stations().get(0).applicationId();
        for (int i = 0; i < OBJECTIONS; i++) {
            notices.object(new ObjectionCommand(withObjections, listed, i < 2 ? "分页异议人甲" : "分页异议人" + i,
                    "13500000000", "分页异议内容" + i, null), null, null, "10.77.0." + i);
        }
    }

    private long open(String title, String number, LocalDate start, long app) {
        return as(world.user(Role.CITY_CAST), () -> notices.open(new OpenNoticeCommand(title, number, start, start,
                List.of(app))));
    }

    private Paged<NoticeSummary> page(Integer page, Integer size, String sort, String q, NoticeFilter filter) {
        return as(world.user(Role.CITY_TALENT), () -> notices.page(ListRequest.of(page, size, sort, q), filter));
    }

    private static List<Long> all(List<Long>... lists) {
        List<Long> all = new ArrayList<>();
        for (List<Long> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    @Test
    void theOfficesSeeEveryNoticePagedWithoutOverlapInTheSortedOrder() {
        List<String> seen = new ArrayList<>();
        Paged<NoticeSummary> first = page(1, 5, "title,asc", PREFIX, NoticeFilter.none());
        for (int n = 1; n <= first.totalPages(); n++) {
            seen.addAll(page(n, 5, "title,asc", PREFIX, NoticeFilter.none()).items().stream()
                    .map(NoticeSummary::title).toList());
        }
        assertThat(first.total()).isEqualTo(RUNNING + ENDED + UPCOMING);
        assertThat(first.totalPages()).isEqualTo(4);
        assertThat(seen).hasSize(RUNNING + ENDED + UPCOMING).doesNotHaveDuplicates().isSorted();
        assertThat(page(1, 5, "title,desc", PREFIX, NoticeFilter.none()).items().get(0).title())
                .isEqualTo(seen.get(seen.size() - 1));
    }

    @Test
    void theNewestPublishedComesFirstByDefault() {
        List<NoticeSummary> items = page(1, 100, null, PREFIX, NoticeFilter.none()).items();
        assertThat(items.get(0).id()).isEqualTo(lastOpened);
        assertThat(items).extracting(NoticeSummary::openedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aKeywordFindsANoticeByTheStationItListsOrByItsNumber() {
        assertThat(page(1, 10, null, uniqueStation, NoticeFilter.none()).items()).extracting(NoticeSummary::id)
                .containsExactly(running.get(0));
        assertThat(page(1, 10, null, "公示分页〔2026〕1号", NoticeFilter.none()).items()).extracting(NoticeSummary::id)
                .containsExactly(running.get(1));
    }

    @Test
    void theStateAndYearFiltersNarrowTheList() {
        assertThat(page(1, 100, null, PREFIX, new NoticeFilter(NoticeState.OPEN, null)).items())
                .extracting(NoticeSummary::id).containsExactlyInAnyOrderElementsOf(running);
        assertThat(page(1, 100, null, PREFIX, new NoticeFilter(NoticeState.ENDED, null)).items())
                .extracting(NoticeSummary::id).containsExactlyInAnyOrderElementsOf(ended);
        assertThat(page(1, 100, null, PREFIX, new NoticeFilter(NoticeState.UPCOMING, null)).items())
                .extracting(NoticeSummary::id).containsExactlyInAnyOrderElementsOf(upcoming);
        int year = fixtures.today().getYear();
        assertThat(page(1, 100, null, PREFIX, new NoticeFilter(null, year)).items())
                .extracting(NoticeSummary::id).containsAll(running)
                .allSatisfy(id -> assertThat(all(running, ended, upcoming)).contains(id));
        assertThat(page(1, 100, null, PREFIX, new NoticeFilter(null, year - 3)).total()).isZero();
    }

    @Test
    void eachRowCountsItsStationsAndOpenObjectionsAndStatesWhereItStands() {
        NoticeSummary row = page(1, 10, null, "公示分页〔2026〕1号", NoticeFilter.none()).items().stream()
                .filter(n -> n.id() == withObjections).findFirst().orElseThrow();
        assertThat(row.stations()).isEqualTo(1);
        assertThat(row.openObjections()).isEqualTo(OBJECTIONS);
        assertThat(row.state()).isEqualTo(NoticeState.OPEN);
    }

    @Test
    void thePublicSeesOnlyTheRunningNoticesAPageAtATime() throws Exception {
        Paged<PublicNoticeView> all = notices.runningPage(ListRequest.of(1, 100, null, PREFIX), null);
        assertThat(all.items()).extracting(PublicNoticeView::id).containsExactlyInAnyOrderElementsOf(running);
        assertThat(all.items()).allSatisfy(n -> assertThat(n.stations()).hasSize(1));
        List<Long> seen = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            seen.addAll(notices.runningPage(ListRequest.of(n, 3, "title,asc", PREFIX), null).items().stream()
                    .map(PublicNoticeView::id).toList());
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(running);

        String page = mvc.perform(get("/public/notices").param("q", PREFIX).param("size", "100"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(PREFIX + "00", "list-total").doesNotContain(PREFIX + String.format("%02d", RUNNING))
                .doesNotContain("??");
        String json = mvc.perform(get("/public/api/notices").param("q", PREFIX).param("size", "3"))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"total\":" + RUNNING, "\"size\":3", "\"stations\"")
                .doesNotContain(PREFIX + String.format("%02d", RUNNING));
    }

    @Test
    void theExportHoldsEveryMatchingNotice() throws Exception {
        byte[] xlsx = mvc.perform(get("/applications/notices/export").param("q", PREFIX).param("size", "5")
                        .param("sort", "title,asc").with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum() - 2).as("rows under the title, date and header")
                    .isEqualTo(RUNNING + ENDED + UPCOMING);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(PREFIX + "00");
        }
    }

    @Test
    void badAddressesGiveTheNearestValidPageAndA400OnTheApis() throws Exception {
        var page = mvc.perform(get("/applications/notices").param("size", "100000").param("page", "-4")
                        .param("sort", "password,asc").param("state", "NOT_A_STATE").param("year", "abc")
                        .param("q", PREFIX).with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains(PREFIX + "00", "list-total").doesNotContain("??");
        assertThat(mvc.perform(get("/public/notices").param("page", "x").param("year", "abc")).andReturn()
                .getResponse().getStatus()).isEqualTo(200);

        String token = ApiTokens.of(Role.CITY_CAST, world, tokens);
        for (String[] bad : List.of(new String[] {"size", "100000"}, new String[] {"page", "-1"},
                new String[] {"sort", "password,asc"}, new String[] {"q", "长".repeat(10_000)})) {
            for (String path : List.of("/api/notices", "/public/api/notices",
                    "/api/notices/" + withObjections + "/objections")) {
                var response = mvc.perform(ApiTokens.bearer(get(path).param(bad[0], bad[1]), token))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as(path + " " + bad[0]).isEqualTo(400);
                assertThat(response.getContentType()).as(path + " " + bad[0]).startsWith("application/problem+json");
                assertThat(response.getContentAsString()).as(path + " " + bad[0]).contains("\"" + bad[0] + "\"");
            }
        }
        assertThat(mvc.perform(ApiTokens.bearer(get("/api/notices").param("state", "NOT_A_STATE"), token))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        String ok = mvc.perform(ApiTokens.bearer(get("/api/notices").param("q", PREFIX).param("size", "5")
                .param("state", "ENDED"), token)).andReturn().getResponse().getContentAsString();
        assertThat(ok).contains("\"total\":" + ENDED, "\"size\":5");
    }

    @Test
    void aNoticesObjectionsArePagedFilteredAndSearched() {
        PlatformUser city = world.user(Role.CITY_CAST);
        List<Long> seen = new ArrayList<>();
        Paged<ObjectionView> first = as(city, () -> notices.objections(withObjections, ListRequest.of(1, 3, null, null), null));
        for (int n = 1; n <= first.totalPages(); n++) {
            int p = n;
            seen.addAll(as(city, () -> notices.objections(withObjections, ListRequest.of(p, 3, null, null), null))
                    .items().stream().map(ObjectionView::id).toList());
        }
        assertThat(first.total()).isEqualTo(OBJECTIONS);
        assertThat(seen).hasSize(OBJECTIONS).doesNotHaveDuplicates().isSorted();
        assertThat(first.items()).allSatisfy(o -> assertThat(o.stationName()).isNotBlank());

        assertThat(as(city, () -> notices.objections(withObjections, ListRequest.of(1, 20, null, "分页异议人甲"), null))
                .total()).isEqualTo(2);
        assertThat(as(city, () -> notices.objections(withObjections, ListRequest.of(1, 20, null, null),
                ObjectionStatus.DISMISSED)).total()).isZero();
        assertThat(as(city, () -> notices.objections(withObjections, ListRequest.of(1, 20, null, null),
                ObjectionStatus.OPEN)).total()).isEqualTo(OBJECTIONS);
        assertThat(as(city, () -> notices.objections(running.get(2), ListRequest.of(1, 20, null, null), null))
                .total()).as("another notice's objections never show").isZero();
    }

    @Test
    void theNoticePageShowsOnePageOfObjectionsAndLeadsBackToTheListAsLeft() throws Exception {
        jakarta.servlet.http.Cookie session = cn.quzhou.stations.testsupport.SessionCookie.open(mvc);
        PlatformUser city = world.user(Role.CITY_CAST);
        // in the address itself (as a browser sends it): MockMvc's param() leaves the query string empty
        mvc.perform(get("/applications/notices?page=2&size=5&state=OPEN&q={q}", PREFIX).cookie(session)
                .with(user(city))).andReturn();
        String detail = mvc.perform(get("/applications/notices/{id}", withObjections).param("size", "3")
                        .cookie(session).with(user(city)))
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("分页异议内容0", "分页异议内容2").doesNotContain("分页异议内容3")
                .contains("list-total").doesNotContain("??");
        assertThat(detail).containsPattern("id=\"back-to-list\"[^>]*href=\"[^\"]*/applications/notices\\?[^\"]*page=2");
    }
}
