package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.application.panel.PanelFilter;
import cn.quzhou.stations.application.panel.PanelStatus;
import cn.quzhou.stations.application.panel.PanelSummary;
import cn.quzhou.stations.application.panel.ReviewPanels;
import cn.quzhou.stations.application.panel.SheetStatus;
import cn.quzhou.stations.application.panel.SheetView;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The panel list and an expert's assignments: a page at a time, searched, filtered and sorted in the database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PanelListTests extends PlatformTest {

    private static final String PREFIX = "分页评审小组";
    private static final String STATION = "分页评审服务站";
    private static final int PANELS = 6;

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    ReviewPanels panels;

    @Autowired
    AccessTokens tokens;

    private final List<Long> formed = new ArrayList<>();
    private PanelFixtures.ExpertAccount expert;
    private long scoredApplication;

    @BeforeAll
    void formPanels() {
        expert = fixtures.cleanExperts(1).get(0);
        for (int i = 0; i < PANELS; i++) {
            long app = fixtures.atPanelReview(STATION + String.format("%02d", i),
                    applications.newSociety(SocietyLevel.NATIONAL));
            formed.add(fixtures.form(PREFIX + String.format("%02d", i), Set.of(expert.id()), Set.of(app)));
            if (i == 0) {
                scoredApplication = app;
            }
        }
        fixtures.score(expert, scoredApplication, "80");
    }

    private Paged<PanelSummary> page(Integer page, Integer size, String sort, String q, PanelFilter filter) {
        return as(world.user(Role.CITY_TALENT), () -> panels.page(ListRequest.of(page, size, sort, q), filter));
    }

    @Test
    void panelsArePagedWithoutOverlapSearchedAndFiltered() {
        List<String> seen = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            seen.addAll(page(n, 4, "name,asc", PREFIX, PanelFilter.none()).items().stream().map(PanelSummary::name).toList());
        }
        assertThat(page(1, 4, "name,asc", PREFIX, PanelFilter.none()).total()).isEqualTo(PANELS);
        assertThat(seen).hasSize(PANELS).doesNotHaveDuplicates().isSorted();
        assertThat(page(1, 100, null, PREFIX, PanelFilter.none()).items().get(0).id()).as("newest first")
                .isEqualTo(formed.get(PANELS - 1));
        assertThat(page(1, 100, null, PREFIX, new PanelFilter(PanelStatus.LISTED, null)).total()).isZero();
        assertThat(page(1, 100, null, PREFIX, new PanelFilter(PanelStatus.SCORING, 2026)).total()).isEqualTo(PANELS);
        assertThat(page(1, 100, null, PREFIX, new PanelFilter(null, 2025)).total()).isZero();
        PanelSummary scored = page(1, 100, null, PREFIX + "00", PanelFilter.none()).items().get(0);
        assertThat(List.of(scored.applications(), scored.experts(), scored.submittedSheets(), scored.assignedSheets()))
                .containsExactly(1, 1, 1, 1);
    }

    @Test
    void anExpertsAssignmentsArePagedSearchedAndFilteredWithTheirScores() {
        List<Long> seen = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            int p = n;
            seen.addAll(as(expert.user(), () -> panels.mySheets(ListRequest.of(p, 4, null, STATION), null)).items()
                    .stream().map(SheetView::id).toList());
        }
        assertThat(seen).hasSize(PANELS).doesNotHaveDuplicates().isSorted();
        Paged<SheetView> submitted = as(expert.user(), () -> panels.mySheets(ListRequest.of(1, 20, null, null),
                SheetStatus.SUBMITTED));
        assertThat(submitted.items()).singleElement().satisfies(s -> {
            assertThat(s.applicationId()).isEqualTo(scoredApplication);
            assertThat(s.total()).isEqualByComparingTo(new BigDecimal("80"));
            assertThat(s.panelName()).isEqualTo(PREFIX + "00");
            assertThat(s.expertName()).isEqualTo(expert.name());
        });
        assertThat(as(expert.user(), () -> panels.mySheets(ListRequest.of(1, 20, null, STATION + "03"), null)).total())
                .isEqualTo(1);
        assertThat(as(world.user(Role.EXPERT), () -> panels.mySheets(ListRequest.of(1, 20, null, STATION), null)).total())
                .as("another expert never sees these sheets").isZero();
    }

    @Test
    void badAddressesGiveTheNearestValidPageAndA400OnTheApi() throws Exception {
        var page = mvc.perform(get("/panels").param("size", "100000").param("page", "-4").param("sort", "x,asc")
                .param("status", "NOPE").param("year", "abc").param("q", PREFIX).with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains(PREFIX + "00", "list-total").doesNotContain("??");
        var sheets = mvc.perform(get("/panels/sheets").param("size", "2").param("status", "NOPE").with(user(expert.user())))
                .andReturn().getResponse();
        assertThat(sheets.getStatus()).isEqualTo(200);
        assertThat(sheets.getContentAsString()).contains("list-total").doesNotContain("??");

        String city = ApiTokens.of(Role.CITY_CAST, world, tokens);
        String expertToken = ApiTokens.of(Role.EXPERT, world, tokens);
        for (String[] bad : List.of(new String[] {"size", "100000"}, new String[] {"page", "-1"},
                new String[] {"sort", "password,asc"})) {
            var list = mvc.perform(ApiTokens.bearer(get("/api/panels").param(bad[0], bad[1]), city)).andReturn().getResponse();
            assertThat(list.getStatus()).as(bad[0]).isEqualTo(400);
            assertThat(list.getContentAsString()).contains("\"" + bad[0] + "\"");
            var mine = mvc.perform(ApiTokens.bearer(get("/api/panels/assignments").param(bad[0], bad[1]), expertToken))
                    .andReturn().getResponse();
            assertThat(mine.getStatus()).as(bad[0]).isEqualTo(400);
        }
        String ok = mvc.perform(ApiTokens.bearer(get("/api/panels").param("q", PREFIX).param("size", "5"), city))
                .andReturn().getResponse().getContentAsString();
        assertThat(ok).contains("\"total\":" + PANELS, "\"size\":5");
    }
}
