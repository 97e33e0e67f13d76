package cn.quzhou.stations.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SqlList;
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
import org.springframework.security.access.AccessDeniedException;

/** The audit search: keyset pages newest first, a keyword over actor, action and target, dates, action and outcome. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditListTests extends PlatformTest {

    private static final int COUNT = 45;
    private static final int FAILURES = 6;

    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final String action = "pglist." + run;
    private final String target = "ding" + run;

    @Autowired
    AuditLog log;

    @Autowired
    AuditTrail trail;

    @Autowired
    cn.quzhou.stations.organisation.AccessTokens tokens;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @BeforeAll
    void recordEntries() {
        world.ensure();   // run alone, no earlier test has made the world's accounts
        as(world.user(Role.CITY_CAST), () -> {
            for (int i = 0; i < COUNT - FAILURES; i++) {
                log.record(AuditRecord.success(action, target, i, "第 " + i + " 条"));
            }
            return null;
        });
        for (int i = 0; i < FAILURES; i++) {
            log.record(AuditRecord.of("pglist-anonymous-" + run, action, AuditOutcome.FAILURE, "失败 " + i));
        }
    }

    private Paged<AuditEntry> page(String after, String q, AuditFilter filter) {
        return as(world.user(Role.AUDIT_ADMIN),
                () -> trail.page(new ListRequest(null, "10", null, q, after, false), filter));
    }

    @Test
    void keysetPagesReadOnFromTheCursorNewestFirstWithoutOverlap() {
        AuditFilter filter = AuditFilter.of(null, null, action, null);
        Paged<AuditEntry> first = page(null, null, filter);
        assertThat(first.total()).isEqualTo(COUNT);
        assertThat(first.totalCapped()).isFalse();
        assertThat(first.keyset()).isTrue();
        List<Long> seen = new ArrayList<>(first.items().stream().map(AuditEntry::id).toList());
        Paged<AuditEntry> next = first;
        while (next.nextCursor() != null) {
            next = page(next.nextCursor().toString(), null, filter);
            seen.addAll(next.items().stream().map(AuditEntry::id).toList());
        }
        assertThat(seen).hasSize(COUNT).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aKeywordMatchesActorActionAndTarget() {
        assertThat(page(null, target + " 7", AuditFilter.none()).items()).singleElement()
                .satisfies(e -> assertThat(e.summary()).isEqualTo("第 7 条"));
        assertThat(page(null, "pglist-anonymous-" + run, AuditFilter.none()).total()).isEqualTo(FAILURES);
        assertThat(page(null, action, AuditFilter.none()).total()).isEqualTo(COUNT);
        assertThat(as(world.user(Role.AUDIT_ADMIN), () -> trail.page(ListRequest.of(1, 100, null,
                world.username(Role.CITY_CAST)), AuditFilter.of(null, null, action, null))).items())
                .hasSize(COUNT - FAILURES).allMatch(e -> e.actor().equals(world.username(Role.CITY_CAST)));
    }

    @Test
    void aKeywordCountsOnlyUpToItsCapWhileTheSameEntriesWithoutOneAreCountedInFull() {
        String many = "pgmany." + run;
        as(world.user(Role.CITY_CAST), () -> {
            for (int i = 0; i <= SqlList.KEYWORD_COUNT_CAP; i++) {
                log.record(AuditRecord.success(many, "manyding" + run, i, "条目 " + i));
            }
            return null;
        });
        Paged<AuditEntry> searched = page(null, many, AuditFilter.none());
        assertThat(searched.totalCapped()).isTrue();
        assertThat(searched.total()).isEqualTo(SqlList.KEYWORD_COUNT_CAP);
        assertThat(searched.items()).hasSize(10).allMatch(e -> e.action().equals(many));
        Paged<AuditEntry> filtered = page(null, null, AuditFilter.of(null, null, many, null));
        assertThat(filtered.totalCapped()).isFalse();
        assertThat(filtered.total()).isEqualTo(SqlList.KEYWORD_COUNT_CAP + 1);
    }

    @Test
    void outcomeAndDateRangeNarrowTheTrail() {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
        assertThat(page(null, null, AuditFilter.of(null, null, action, AuditOutcome.FAILURE)).total())
                .isEqualTo(FAILURES);
        assertThat(page(null, null, AuditFilter.of(today.minusDays(1), today.plusDays(1), action, null)).total())
                .isEqualTo(COUNT);
        assertThat(page(null, null, AuditFilter.of(today.plusDays(1), null, action, null)).total()).isZero();
        assertThat(page(null, null, AuditFilter.of(null, today.minusDays(1), action, null)).total()).isZero();
        assertThat(as(world.user(Role.AUDIT_ADMIN), trail::actions)).contains(action);
    }

    @Test
    void onlyTheAuditAdministratorReadsTheList() {
        for (Role role : Role.values()) {
            if (role != Role.AUDIT_ADMIN) {
                assertThatThrownBy(() -> as(world.user(role), () -> trail.page(ListRequest.first(), AuditFilter.none())))
                        .as(role.name()).isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Test
    void thePageShrugsOffBadParametersAndTheExportHoldsEveryMatchingEntry() throws Exception {
        String html = mvc.perform(get("/audit").param("after", "not-a-cursor").param("outcome", "MAYBE")
                        .param("from", "yesterday").param("action", action).param("size", "100000")
                        .with(user(world.user(Role.AUDIT_ADMIN))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("list-total").contains("第 38 条").doesNotContain("??");

        byte[] xlsx = mvc.perform(get("/audit/export").param("q", action).param("size", "5")
                .with(user(world.user(Role.AUDIT_ADMIN)))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum() - 2).isEqualTo(COUNT);
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo(action);
        }
        assertThat(mvc.perform(get("/audit/export").with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theApiReadsOnWithTheNextCursorAndRefusesBadParametersWith400() throws Exception {
        String token = cn.quzhou.stations.testsupport.ApiTokens.of(Role.AUDIT_ADMIN, world, tokens);
        for (String[] bad : List.of(new String[] {"after", "-5"}, new String[] {"size", "101"},
                new String[] {"sort", "hash,asc"}, new String[] {"outcome", "MAYBE"}, new String[] {"from", "yesterday"})) {
            var response = mvc.perform(cn.quzhou.stations.testsupport.ApiTokens.bearer(get("/api/audit")
                    .param(bad[0], bad[1]), token)).andReturn().getResponse();
            assertThat(response.getStatus()).as(bad[0]).isEqualTo(400);
            assertThat(response.getContentType()).as(bad[0]).startsWith("application/problem+json");
        }
        var first = json.readTree(mvc.perform(cn.quzhou.stations.testsupport.ApiTokens.bearer(get("/api/audit")
                .param("action", action).param("size", "40"), token)).andReturn().getResponse().getContentAsString());
        assertThat(first.get("total").asLong()).isEqualTo(COUNT);
        assertThat(first.get("items")).hasSize(40);
        var rest = json.readTree(mvc.perform(cn.quzhou.stations.testsupport.ApiTokens.bearer(get("/api/audit")
                .param("action", action).param("size", "40").param("after", first.get("next").asString()), token))
                .andReturn().getResponse().getContentAsString());
        assertThat(rest.get("items")).hasSize(COUNT - 40);
        assertThat(rest.get("next").isNull()).isTrue();
        assertThat(rest.get("items").get(0).get("id").asLong())
                .isLessThan(first.get("items").get(39).get("id").asLong());
    }
}
