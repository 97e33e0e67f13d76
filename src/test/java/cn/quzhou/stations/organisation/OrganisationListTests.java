package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organisation's lists — units, societies, experts, accounts — a page at a time, searched, filtered and sorted in
 * the database, units within the data scope, exported whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationListTests extends PlatformTest {

    /** A marker no other run uses: the keyword that selects exactly this run's records. */
    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final String unitPrefix = "分页单位" + run;
    private final String societyPrefix = "分页学会" + run;
    private final String expertField = "分页领域" + run;
    private final String accountPrefix = "pglist" + run;

    private static final int HOME_UNITS = 25;
    private static final int OTHER_UNITS = 6;

    @Autowired
    HostUnits units;
    @Autowired
    Societies societies;
    @Autowired
    ExpertPool experts;
    @Autowired
    Accounts accounts;
    @Autowired
    AccessTokens tokens;

    private final List<Long> otherUnitIds = new ArrayList<>();
    private final List<Long> universities = new ArrayList<>();
    private String oneCreditCode;

    @BeforeAll
    void createRecords() {
        as(world.user(Role.CITY_CAST), () -> {
            for (int i = 0; i < HOME_UNITS; i++) {
                UnitNature nature = i % 3 == 0 ? UnitNature.UNIVERSITY_INSTITUTE : UnitNature.ENTERPRISE;
                HostUnitView u = units.create(unit(unitPrefix + String.format("%02d", i), world.homeJurisdiction, nature));
                if (nature == UnitNature.UNIVERSITY_INSTITUTE) {
                    universities.add(u.id());
                }
                oneCreditCode = u.creditCode();
            }
            for (int i = 0; i < OTHER_UNITS; i++) {
                otherUnitIds.add(units.create(unit(unitPrefix + "外" + i, world.otherJurisdiction,
                        UnitNature.ENTERPRISE)).id());
            }
            for (int i = 0; i < 22; i++) {
                societies.create(new SocietyCommand(societyPrefix + String.format("%02d", i),
                        i % 2 == 0 ? SocietyLevel.NATIONAL : SocietyLevel.PROVINCIAL, null, "联系人" + i, null));
            }
            for (int i = 0; i < 21; i++) {
                experts.create(new ExpertCommand("专家" + run + i, null, expertField, "某研究所" + i, null, null, null,
                        Set.of()));
            }
            return null;
        });
        for (int i = 0; i < 23; i++) {
            long id = world.freshAccount(accountPrefix, i % 2 == 0 ? world.homeUnit.getId() : null, null).getId();
            if (i % 2 == 0) {
                as(world.user(Role.SECURITY_ADMIN), () -> {
                    accounts.grant(id, Role.APPLICANT);
                    return null;
                });
            }
            if (i % 5 == 0) {
                as(world.user(Role.SYSTEM_ADMIN), () -> {
                    accounts.setEnabled(id, false);
                    return null;
                });
            }
        }
    }

    private static HostUnitCommand unit(String name, long jurisdiction, UnitNature nature) {
        return new HostUnitCommand(name, cn.quzhou.stations.testsupport.World.creditCode(), jurisdiction, nature, null,
                Set.of(BusinessField.CHEMICAL), null, "法人", "地址", "324000");
    }

    private Paged<HostUnitRow> unitsAs(Role role, Integer page, Integer size, String sort, String q, UnitFilter f) {
        return as(world.user(role), () -> units.page(ListRequest.of(page, size, sort, q), f));
    }

    /** Every page of a list in turn, as one list of names. */
    private static <T> List<String> allPages(Function<Integer, Paged<T>> page, Function<T, String> name) {
        List<String> seen = new ArrayList<>();
        long pages = page.apply(1).totalPages();
        for (int n = 1; n <= pages; n++) {
            seen.addAll(page.apply(n).items().stream().map(name).toList());
        }
        return seen;
    }

    @Test
    void unitPagesFollowEachOtherWithoutOverlapAndTheTotalCountsThemAll() {
        Paged<HostUnitRow> first = unitsAs(Role.CITY_CAST, 1, 10, "name,asc", unitPrefix, UnitFilter.none());
        assertThat(first.total()).isEqualTo(HOME_UNITS + OTHER_UNITS);
        assertThat(first.items()).hasSize(10);

        List<String> seen = allPages(n -> unitsAs(Role.CITY_CAST, n, 10, "name,asc", unitPrefix, UnitFilter.none()),
                HostUnitRow::name);
        assertThat(seen).hasSize(HOME_UNITS + OTHER_UNITS).doesNotHaveDuplicates().isSorted();
        assertThat(unitsAs(Role.CITY_CAST, 1, 10, "name,desc", unitPrefix, UnitFilter.none()).items().get(0).name())
                .isEqualTo(seen.get(seen.size() - 1));
    }

    @Test
    void aCreditCodeFindsItsOneUnit() {
        assertThat(unitsAs(Role.CITY_CAST, 1, 20, null, oneCreditCode, UnitFilter.none()).items())
                .singleElement().satisfies(u -> assertThat(u.creditCode()).isEqualTo(oneCreditCode));
    }

    @Test
    void jurisdictionAndNatureFiltersNarrowTheUnits() {
        Paged<HostUnitRow> other = unitsAs(Role.CITY_CAST, 1, 100, null, unitPrefix,
                new UnitFilter(world.otherJurisdiction, null));
        assertThat(other.items()).extracting(HostUnitRow::id).containsExactlyInAnyOrderElementsOf(otherUnitIds);
        Paged<HostUnitRow> universitiesAtHome = unitsAs(Role.CITY_CAST, 1, 100, "creditCode,desc", unitPrefix,
                new UnitFilter(world.homeJurisdiction, UnitNature.UNIVERSITY_INSTITUTE));
        assertThat(universitiesAtHome.items()).extracting(HostUnitRow::id)
                .containsExactlyInAnyOrderElementsOf(universities);
        assertThat(universitiesAtHome.items()).extracting(HostUnitRow::creditCode)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aCountyReviewerSeesNoUnitOfAnotherJurisdictionOnAnyPageAndTheApplicantOnlyItsOwn() {
        List<Long> seen = new ArrayList<>();
        Paged<HostUnitRow> first = unitsAs(Role.COUNTY_CAST, 1, 7, "jurisdiction,asc", unitPrefix, UnitFilter.none());
        for (int n = 1; n <= first.totalPages(); n++) {
            seen.addAll(unitsAs(Role.COUNTY_CAST, n, 7, "jurisdiction,asc", unitPrefix, UnitFilter.none()).items()
                    .stream().map(HostUnitRow::id).toList());
        }
        assertThat(first.total()).isEqualTo(HOME_UNITS);
        assertThat(seen).hasSize(HOME_UNITS).doesNotContainAnyElementsOf(otherUnitIds);
        // asking for the other jurisdiction by filter does not widen the scope
        assertThat(unitsAs(Role.COUNTY_CAST, 1, 100, null, unitPrefix, new UnitFilter(world.otherJurisdiction, null))
                .total()).isZero();
        assertThat(unitsAs(Role.APPLICANT, 1, 100, null, null, UnitFilter.none()).items())
                .extracting(HostUnitRow::id).containsExactly(world.homeUnit.getId());
    }

    @Test
    void theUnitExportHoldsEveryMatchingRowNotJustAPage() throws Exception {
        byte[] xlsx = mvc.perform(get("/units/export").param("q", unitPrefix).param("size", "5")
                        .with(user(world.user(Role.COUNTY_CAST))))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum() - 2).as("rows under the title, date and header").isEqualTo(HOME_UNITS);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).contains(unitPrefix);
        }
    }

    @Test
    void badAddressesGiveTheNearestValidPageAndA400OnTheApi() throws Exception {
        String html = mvc.perform(get("/units").param("size", "100000").param("page", "-4")
                        .param("sort", "password,asc").param("nature", "NO_SUCH_NATURE").param("jurisdiction", "x")
                        .param("q", unitPrefix).with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(unitPrefix).contains("list-total");

        String token = ApiTokens.of(Role.CITY_CAST, world, tokens);
        for (String path : List.of("/api/units", "/api/societies")) {
            for (String[] bad : List.of(new String[] {"size", "100000"}, new String[] {"page", "-1"},
                    new String[] {"sort", "password,asc"}, new String[] {"q", "长".repeat(10_000)})) {
                var response = mvc.perform(ApiTokens.bearer(get(path).param(bad[0], bad[1]), token))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as(path + " " + bad[0]).isEqualTo(400);
                assertThat(response.getContentType()).as(bad[0]).startsWith("application/problem+json");
                assertThat(response.getContentAsString()).as(bad[0]).contains("\"" + bad[0] + "\"");
            }
        }
        assertThat(mvc.perform(ApiTokens.bearer(get("/api/units").param("nature", "NO_SUCH_NATURE"), token))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(ApiTokens.bearer(get("/api/societies").param("level", "GALACTIC"), token))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        String ok = mvc.perform(ApiTokens.bearer(get("/api/units").param("q", unitPrefix).param("size", "5")
                .param("sort", "name,asc"), token)).andReturn().getResponse().getContentAsString();
        assertThat(ok).contains("\"total\":" + (HOME_UNITS + OTHER_UNITS)).contains("\"size\":5").contains(unitPrefix);
    }

    @Test
    void societiesArePagedSearchedAndFilteredByLevel() throws Exception {
        Function<Integer, Paged<SocietyView>> page = n -> as(world.user(Role.COUNTY_CAST),
                () -> societies.page(ListRequest.of(n, 5, "name,asc", societyPrefix), null));
        List<String> seen = allPages(page, SocietyView::name);
        assertThat(seen).hasSize(22).doesNotHaveDuplicates().isSorted().allMatch(n -> n.startsWith(societyPrefix));
        Paged<SocietyView> provincial = as(world.user(Role.COUNTY_CAST),
                () -> societies.page(ListRequest.of(1, 100, null, societyPrefix), SocietyLevel.PROVINCIAL));
        assertThat(provincial.items()).hasSize(11).allMatch(s -> s.level() == SocietyLevel.PROVINCIAL);
        // the contact is searched too
        assertThat(as(world.user(Role.COUNTY_CAST), () -> societies.page(ListRequest.of(1, 100, null, "联系人17"),
                null)).items()).extracting(SocietyView::name).contains(societyPrefix + "17");

        byte[] xlsx = mvc.perform(get("/societies/export").param("q", societyPrefix).param("level", "NATIONAL")
                .with(user(world.user(Role.CITY_CAST)))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum() - 2).isEqualTo(11);
        }
        assertThat(mvc.perform(get("/societies").param("level", "GALACTIC").param("q", societyPrefix)
                .with(user(world.user(Role.CITY_CAST)))).andReturn().getResponse().getContentAsString())
                .contains(societyPrefix + "00");
    }

    @Test
    void expertsArePagedAndSearchedByField() {
        Function<Integer, Paged<ExpertRow>> page = n -> as(world.user(Role.CITY_CAST),
                () -> experts.page(ListRequest.of(n, 4, "organisation,desc", expertField)));
        List<String> seen = allPages(page, ExpertRow::organisation);
        assertThat(seen).hasSize(21).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(as(world.user(Role.CITY_CAST), () -> experts.page(ListRequest.of(1, 20, null, "专家" + run + "7")))
                .items()).extracting(ExpertRow::field).containsOnly(expertField);
    }

    @Test
    void accountsAreSearchedAndFilteredByRoleJurisdictionAndEnabled() {
        Function<AccountFilter, Paged<AccountRow>> find = f -> as(world.user(Role.SYSTEM_ADMIN),
                () -> accounts.page(ListRequest.of(1, 100, "username,asc", accountPrefix), f));
        Paged<AccountRow> all = find.apply(AccountFilter.none());
        assertThat(all.total()).isEqualTo(23);
        assertThat(all.items()).extracting(AccountRow::username).isSorted();
        assertThat(find.apply(new AccountFilter(Role.APPLICANT, null, null)).items()).hasSize(12)
                .allSatisfy(a -> assertThat(a.roles()).containsExactly(Role.APPLICANT))
                .allSatisfy(a -> assertThat(a.unitName()).isEqualTo(world.homeUnit.getName()));
        assertThat(find.apply(new AccountFilter(null, world.homeJurisdiction, null)).total()).isEqualTo(12);
        assertThat(find.apply(new AccountFilter(null, world.otherJurisdiction, null)).total()).isZero();
        assertThat(find.apply(new AccountFilter(null, null, false)).items()).hasSize(5).noneMatch(AccountRow::enabled);
        // the bound unit's name finds its accounts
        assertThat(as(world.user(Role.SECURITY_ADMIN), () -> accounts.page(ListRequest.of(1, 100, null,
                world.homeUnit.getName()), AccountFilter.none())).items()).extracting(AccountRow::username)
                .contains(world.username(Role.APPLICANT));
        Paged<AccountRow> paged = as(world.user(Role.SYSTEM_ADMIN),
                () -> accounts.page(ListRequest.of(3, 10, "displayName,asc", accountPrefix), AccountFilter.none()));
        assertThat(paged.items()).hasSize(3);
    }

    @Test
    void theListPagesRenderWithTheirFiltersAndALinkBack() throws Exception {
        String accountsHtml = mvc.perform(get("/admin/accounts").param("q", accountPrefix).param("role", "NO_SUCH")
                .param("enabled", "maybe").with(user(world.user(Role.SYSTEM_ADMIN))))
                .andReturn().getResponse().getContentAsString();
        assertThat(accountsHtml).contains(accountPrefix).contains("list-total").doesNotContain("??");
        String expertsHtml = mvc.perform(get("/experts").param("q", expertField).param("page", "2").param("size", "10")
                .with(user(world.user(Role.CITY_CAST)))).andReturn().getResponse().getContentAsString();
        assertThat(expertsHtml).contains(expertField).contains("list-total").doesNotContain("??");

        jakarta.servlet.http.Cookie session = cn.quzhou.stations.testsupport.SessionCookie.open(mvc);
        mvc.perform(get("/units?page=2&size=10&q={q}", unitPrefix).cookie(session)
                .with(user(world.user(Role.CITY_CAST))));
        String detail = mvc.perform(get("/units/{id}", otherUnitIds.get(0)).cookie(session)
                .with(user(world.user(Role.CITY_CAST)))).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("id=\"back-to-list\"").contains("page=2");
    }
}
