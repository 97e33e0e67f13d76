package cn.quzhou.stations.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A station's evidence: a keyset list, newest first, searched and filtered in the database, within the scope. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceListTests extends PlatformTest {

    private static final String MARKER = "键集佐证";
    private static final int SALONS = 37;
    private static final int CONFERENCES = 8;

    @Autowired
    StationEvidence evidence;

    @Autowired
    StationFixtures stations;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JsonMapper json;

    private long station;
    private int year;
    private final List<Long> ids = new ArrayList<>();
    private final List<Long> lastYear = new ArrayList<>();

    @BeforeAll
    void recordEvidence() {
        station = stations.recognisedCityDirect("佐证列表服务站" + System.nanoTime());
        PlatformUser host = applications.cityApplicant();
        LocalDate today = LocalDate.now(clock);
        year = today.getYear();
        int days = today.getDayOfYear();
        for (int i = 0; i < SALONS + CONFERENCES; i++) {
            boolean conference = i >= SALONS;
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(i % days);
            EvidenceCommand c = new EvidenceCommand(year, conference ? EvidenceKind.CONFERENCE
                    : EvidenceKind.SALON_OR_SEMINAR, day, MARKER + " 第" + i + "次", conference ? 120 : null, null, null);
            ids.add(as(host, () -> evidence.record(station, c, null, null)).id());
        }
        for (int i = 0; i < 3; i++) {
            EvidenceCommand c = new EvidenceCommand(year - 1, EvidenceKind.TRAINING, LocalDate.of(year - 1, 6, 1 + i),
                    "上年度培训 " + i, 150, null, null);
            lastYear.add(as(host, () -> evidence.record(station, c, null, null)).id());
        }
    }

    private Paged<EvidenceView> asCity(String sort, String after, String q, EvidenceFilter filter) {
        return as(world.user(Role.CITY_CAST), () -> evidence.page(station,
                new ListRequest(null, "10", sort, q, after, false), filter));
    }

    @Test
    void pagesFollowEachOtherAfterTheirCursorNewestFirstWithoutOverlap() {
        List<EvidenceView> seen = new ArrayList<>();
        Paged<EvidenceView> page = asCity(null, null, null, EvidenceFilter.ofYear(year));
        int pages = 1;
        seen.addAll(page.items());
        while (page.nextCursor() != null) {
            page = asCity(null, String.valueOf(page.nextCursor()), null, EvidenceFilter.ofYear(year));
            seen.addAll(page.items());
            pages++;
        }
        assertThat(pages).isEqualTo((SALONS + CONFERENCES + 9) / 10);
        assertThat(seen).extracting(EvidenceView::id).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(seen).isSortedAccordingTo(Comparator.comparing(EvidenceView::occurredOn).reversed()
                .thenComparing(Comparator.comparing(EvidenceView::id).reversed()));
        assertThat(asCity(null, null, null, EvidenceFilter.ofYear(year)).total()).isEqualTo(SALONS + CONFERENCES);
    }

    @Test
    void anAscendingSortByKindAlsoPagesWithoutOverlap() {
        List<EvidenceView> seen = new ArrayList<>();
        Paged<EvidenceView> page = asCity("kind,asc", null, null, EvidenceFilter.ofYear(null));
        seen.addAll(page.items());
        while (page.nextCursor() != null) {
            page = asCity("kind,asc", String.valueOf(page.nextCursor()), null, EvidenceFilter.ofYear(null));
            seen.addAll(page.items());
        }
        assertThat(seen).hasSize(SALONS + CONFERENCES + lastYear.size()).extracting(EvidenceView::id)
                .doesNotHaveDuplicates();
        assertThat(seen).extracting(e -> e.kind().name()).isSorted();
    }

    @Test
    void theKeywordTheYearTheKindAndTheIndicatorNarrowTheList() {
        assertThat(asCity(null, null, MARKER + " 第7次", EvidenceFilter.ofYear(null)).items())
                .singleElement().satisfies(e -> assertThat(e.id()).isEqualTo(ids.get(7)));
        assertThat(asCity(null, null, null, EvidenceFilter.ofYear(year - 1)).items()).extracting(EvidenceView::id)
                .containsExactlyInAnyOrderElementsOf(lastYear);
        assertThat(asCity(null, null, null, new EvidenceFilter(year, EvidenceKind.CONFERENCE, null)).total())
                .isEqualTo(CONFERENCES);
        Paged<EvidenceView> b13 = asCity(null, null, null, new EvidenceFilter(null, null, "B1.3"));
        assertThat(b13.total()).as("conferences and salons are both scored under B1.3").isEqualTo(SALONS + CONFERENCES);
        var items = as(world.user(Role.CITY_CAST), () -> evidence.items(year));
        assertThat(b13.items()).allSatisfy(e -> assertThat(items.get(e.kind())).isEqualTo("B1.3"));
        assertThat(asCity(null, null, null, new EvidenceFilter(null, null, "B2.1")).items())
                .extracting(EvidenceView::id).containsExactlyInAnyOrderElementsOf(lastYear);
    }

    @Test
    void nobodyOutsideTheStationsScopeReadsItsEvidence() {
        for (Role role : List.of(Role.COUNTY_CAST, Role.APPLICANT)) {
            assertThatThrownBy(() -> as(world.user(role), () -> evidence.page(station, ListRequest.first(),
                    EvidenceFilter.ofYear(null)))).as(role.name()).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void theExportHoldsEveryMatchingRowAndThePageShowsTheFirst() throws Exception {
        byte[] xlsx = mvc.perform(get("/stations/{id}/evidence/export", station).param("year", String.valueOf(year))
                        .param("size", "5").with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum() - 2).as("rows under the title, date and header")
                    .isEqualTo(SALONS + CONFERENCES);
            assertThat(sheet.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(year);
        }
        String html = mvc.perform(get("/stations/{id}/evidence", station).param("kind", "GALACTIC")
                .param("page", "x").with(user(world.user(Role.CITY_CAST)))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains(MARKER, "list-next", "list-export").doesNotContain("??");
    }

    @Test
    void itsFiltersThroughHtmxAnswerTheListAloneNarrowedAndKept() throws Exception {
        String fragment = mvc.perform(get("/stations/{id}/evidence", station).param("year", String.valueOf(year))
                        .param("kind", "CONFERENCE").param("q", MARKER).header("HX-Request", "true")
                        .header("HX-Boosted", "true").header("HX-Target", "list-page")
                        .with(user(world.user(Role.CITY_CAST)))).andReturn().getResponse().getContentAsString().strip();
        assertThat(fragment).startsWith("<section id=\"list-page\"").doesNotContain("<html")
                .containsPattern("<option value=\"CONFERENCE\" selected").doesNotContain("SALON_OR_SEMINAR\" selected");
        assertThat(fragment.split("<td class=\"text-prewrap\">" + MARKER, -1)).hasSize(CONFERENCES + 1);
    }

    @Test
    void theApiPagesByCursorAndRefusesBadParameters() throws Exception {
        String token = ApiTokens.of(Role.CITY_CAST, world, tokens);
        JsonNode first = json.readTree(mvc.perform(ApiTokens.bearer(get("/api/stations/{id}/evidence", station)
                .param("year", String.valueOf(year)).param("size", "20"), token)).andReturn().getResponse()
                .getContentAsString());
        assertThat(first.get("items")).hasSize(20);
        assertThat(first.get("total").asLong()).isEqualTo(SALONS + CONFERENCES);
        JsonNode second = json.readTree(mvc.perform(ApiTokens.bearer(get("/api/stations/{id}/evidence", station)
                .param("year", String.valueOf(year)).param("size", "20")
                .param("after", first.get("next").asString()), token)).andReturn().getResponse().getContentAsString());
        List<Long> both = new ArrayList<>();
        first.get("items").forEach(n -> both.add(n.get("id").asLong()));
        second.get("items").forEach(n -> both.add(n.get("id").asLong()));
        assertThat(both).hasSize(40).doesNotHaveDuplicates();

        for (String[] bad : List.of(new String[] {"after", "-1"}, new String[] {"size", "0"},
                new String[] {"sort", "description,asc"}, new String[] {"kind", "GALACTIC"})) {
            var response = mvc.perform(ApiTokens.bearer(get("/api/stations/{id}/evidence", station)
                    .param(bad[0], bad[1]), token)).andReturn().getResponse();
            assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
            assertThat(response.getContentType()).as(bad[0]).startsWith("application/problem+json");
        }
    }
}
