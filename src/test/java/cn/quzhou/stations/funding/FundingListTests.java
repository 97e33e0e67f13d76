package cn.quzhou.stations.funding;

import cn.quzhou.stations.testsupport.TestYears;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.HostUnitRenamed;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The funding lists: instalments, ledgers, a ledger's entries (keyset, newest first, with the running balance) and
 * clawbacks — a page at a time, searched, sorted and filtered in the database, within the data scope, exported whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundingListTests extends PlatformTest {

    /** A prefix no other test uses: the keyword that selects exactly this class's stations. */
    private static final String PREFIX = "资助分页测试站";
    private static final int COUNT = 22;
    private static final int PAID = 6;
    private static final int REVOKED = 3;
    private static final int YEAR = TestYears.claim(2156);
    private static final int EXPENSES = 27;

    @Autowired
    FundingFixtures funding;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    Grants grants;

    @Autowired
    FundsLedgers ledgers;

    @Autowired
    Clawbacks clawbacks;

    @Autowired
    AccessTokens tokens;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    private final List<Long> stations = new ArrayList<>();
    private long spender;

    @BeforeAll
    void fundStations() {
        for (int i = 0; i < COUNT; i++) {
            long station = funding.national(PREFIX + String.format("%02d", i) + "号" + System.nanoTime());
            funding.publish(station, YEAR, 1, 1, Grade.QUALIFIED);
            stations.add(station);
        }
        for (int i = 0; i < PAID + REVOKED; i++) {
            funding.pay(stations.get(i), YEAR);
        }
        for (int i = PAID; i < PAID + REVOKED; i++) {
            funding.revoke(stations.get(i));
        }
        spender = stations.get(0);
        LocalDate today = LocalDate.now(clock);
        for (int i = 1; i <= EXPENSES; i++) {
            BigDecimal amount = new BigDecimal(100 + i + ".25");
            ApplicationFixtures.as(applications.cityApplicant(), () -> ledgers.recordExpense(spender,
                    new ExpenseCommand(today, amount, "MATERIALS", "分页收款方", "分页用途", "分页项目"), null, null));
        }
    }

    private Paged<InstalmentView> instalments(Integer page, Integer size, String sort, InstalmentFilter filter) {
        return as(world.user(Role.CITY_CAST), () -> grants.page(ListRequest.of(page, size, sort, PREFIX), filter));
    }

    @Test
    void instalmentsArePagedWithoutOverlapInTheSortedOrderAndTheTotalCountsThemAll() {
        Paged<InstalmentView> first = instalments(1, 5, "station,asc", InstalmentFilter.none());
        assertThat(first.total()).isEqualTo(COUNT);
        List<String> seen = new ArrayList<>();
        for (int n = 1; n <= first.totalPages(); n++) {
            seen.addAll(instalments(n, 5, "station,asc", InstalmentFilter.none()).items().stream()
                    .map(InstalmentView::stationName).toList());
        }
        assertThat(seen).hasSize(COUNT).doesNotHaveDuplicates().isSorted().allSatisfy(n -> assertThat(n).startsWith(PREFIX));
        assertThat(instalments(1, 5, "station,desc", InstalmentFilter.none()).items().get(0).stationName())
                .isEqualTo(seen.get(seen.size() - 1));
    }

    @Test
    void instalmentFiltersSelectByStatusYearAndJurisdiction() {
        assertThat(instalments(1, 100, null, new InstalmentFilter(null, InstalmentStatus.PAID, null)).items())
                .as("a revoked station's paid instalment stays paid (its clawback recovers it)").hasSize(PAID + REVOKED)
                .allSatisfy(i -> assertThat(i.payment().status()).isEqualTo(PaymentStatus.APPROVED));
        assertThat(instalments(1, 100, null, new InstalmentFilter(null, InstalmentStatus.CANCELLED, null)).total())
                .as("nothing was cancelled: the revoked stations had been paid").isZero();
        assertThat(instalments(1, 100, null, new InstalmentFilter(YEAR, InstalmentStatus.DUE, null)).total())
                .isEqualTo(COUNT - PAID - REVOKED);
        assertThat(instalments(1, 100, null, new InstalmentFilter(YEAR + 1, null, null)).total()).isZero();
        long jurisdiction = instalments(1, 1, null, InstalmentFilter.none()).items().get(0).jurisdictionId();
        assertThat(instalments(1, 100, null, new InstalmentFilter(null, null, jurisdiction)).total()).isEqualTo(COUNT);
        assertThat(instalments(1, 100, null, new InstalmentFilter(null, null, jurisdiction + 100_000)).total()).isZero();
    }

    @Test
    void aDisbursementDocumentNumberFindsItsInstalment() {
        InstalmentView paid = funding.instalment(stations.get(1), YEAR);
        String number = paid.payment().documentNumber();
        Paged<InstalmentView> found = as(world.user(Role.CITY_CAST),
                () -> grants.page(ListRequest.of(1, 100, null, number), InstalmentFilter.none()));
        assertThat(found.items()).extracting(InstalmentView::id).contains(paid.id());
    }

    @Test
    void aCountyReviewerAndAnApplicantOfAnotherUnitSeeNoneOfTheseCityDirectRows() {
        for (Role role : List.of(Role.COUNTY_CAST, Role.COUNTY_TALENT, Role.APPLICANT)) {
            assertThat(as(world.user(role), () -> grants.page(ListRequest.of(1, 100, null, PREFIX),
                    InstalmentFilter.none())).total()).as(role.name()).isZero();
            assertThat(as(world.user(role), () -> ledgers.page(ListRequest.of(1, 100, null, PREFIX),
                    LedgerFilter.none())).total()).as(role.name()).isZero();
            assertThat(as(world.user(role), () -> clawbacks.page(ListRequest.of(1, 100, null, PREFIX),
                    ClawbackFilter.none())).total()).as(role.name()).isZero();
        }
    }

    @Test
    void ledgersAreSearchedAndSortedByBalance() {
        Paged<LedgerView> page = as(world.user(Role.CITY_TALENT),
                () -> ledgers.page(ListRequest.of(1, 100, "balance,desc", PREFIX), LedgerFilter.none()));
        assertThat(page.total()).as("every station with an instalment has its ledger").isEqualTo(COUNT);
        List<BigDecimal> balances = page.items().stream().map(LedgerView::balance).toList();
        assertThat(balances).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(balances.get(0)).isEqualByComparingTo("500000.00");
        assertThat(page.items()).filteredOn(LedgerView::closed).hasSize(REVOKED);
    }

    @Test
    void ledgerEntriesComeNewestFirstByCursorWithoutOverlapEachWithItsRunningBalance() {
        List<EntryView> seen = new ArrayList<>();
        Long after = null;
        int pages = 0;
        do {
            String cursor = after == null ? null : after.toString();
            Paged<EntryView> page = as(world.user(Role.CITY_CAST), () -> ledgers.entries(spender,
                    new ListRequest(null, "10", null, null, cursor, false), EntryFilter.none()));
            assertThat(page.total()).isEqualTo(EXPENSES + 1);
            seen.addAll(page.items());
            after = page.nextCursor();
            pages++;
        } while (after != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(EXPENSES + 1).extracting(EntryView::id).doesNotHaveDuplicates()
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(seen.get(seen.size() - 1).kind()).isEqualTo(EntryKind.RECEIPT);
        for (int i = 0; i < seen.size() - 1; i++) {
            assertThat(seen.get(i).balanceAfter()).as("entry " + seen.get(i).id())
                    .isEqualByComparingTo(seen.get(i + 1).balanceAfter().add(seen.get(i).signedAmount()));
        }
        LedgerView ledger = as(world.user(Role.CITY_CAST), () -> ledgers.get(spender));
        assertThat(seen.get(0).balanceAfter()).isEqualByComparingTo(ledger.balance());
        assertThat(ledger.received().subtract(ledger.spent())).isEqualByComparingTo(ledger.balance());
    }

    @Test
    void entriesAreFilteredByKindAndSearchedByPayee() {
        assertThat(as(world.user(Role.CITY_CAST), () -> ledgers.entries(spender, ListRequest.of(null, 100, null, null),
                new EntryFilter(EntryKind.RECEIPT, null))).items()).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EntryKind.RECEIPT));
        assertThat(as(world.user(Role.CITY_CAST), () -> ledgers.entries(spender, ListRequest.of(null, 100, null, "分页收款"),
                EntryFilter.none())).items()).hasSize(EXPENSES);
    }

    @Test
    void clawbacksAreFilteredOpenOrSettled() {
        Paged<ClawbackView> open = as(world.user(Role.CITY_CAST), () -> clawbacks.page(
                ListRequest.of(1, 100, "station,asc", PREFIX), new ClawbackFilter(ClawbackState.OPEN, null, null)));
        assertThat(open.items()).hasSize(REVOKED).allSatisfy(c -> assertThat(c.open()).isTrue())
                .extracting(ClawbackView::stationName).isSorted();
        assertThat(as(world.user(Role.CITY_CAST), () -> clawbacks.page(ListRequest.of(1, 100, null, PREFIX),
                new ClawbackFilter(ClawbackState.SETTLED, null, null))).total()).isZero();
    }

    @Test
    void aRenamedHostUnitIsFoundUnderItsNewName() {
        InstalmentView any = funding.instalment(stations.get(2), YEAR);
        String newName = "改名后的资助分页单位" + System.nanoTime();
        tx.executeWithoutResult(t -> events.publishEvent(new HostUnitRenamed(any.hostUnitId(), newName)));
        try {
            Paged<InstalmentView> found = as(world.user(Role.CITY_CAST),
                    () -> grants.page(ListRequest.of(1, 100, null, newName), InstalmentFilter.none()));
            assertThat(found.items()).extracting(InstalmentView::id).contains(any.id());
            assertThat(as(world.user(Role.CITY_CAST), () -> ledgers.page(ListRequest.of(1, 5, null, newName),
                    LedgerFilter.none())).total()).isPositive();
        } finally {
            tx.executeWithoutResult(t -> events.publishEvent(new HostUnitRenamed(any.hostUnitId(), any.hostUnitName())));
        }
    }

    @Test
    void badAddressesGiveTheNearestValidPageAndA400OnTheApi() throws Exception {
        for (String path : List.of("/funding", "/funding/ledgers", "/funding/clawbacks")) {
            String html = mvc.perform(get(path).param("size", "100000").param("page", "-4").param("sort", "password,asc")
                            .param("status", "NONSENSE").param("year", "abc").param("q", PREFIX)
                            .with(user(world.user(Role.CITY_CAST))))
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).as(path).contains(PREFIX).contains("list-total").doesNotContain("??");
        }
        String token = ApiTokens.of(Role.CITY_CAST, world, tokens);
        for (String path : List.of("/api/funding/instalments", "/api/funding/ledgers", "/api/funding/clawbacks",
                "/api/funding/ledgers/" + spender + "/entries")) {
            for (String[] bad : List.of(new String[] {"size", "100000"}, new String[] {"page", "-1"},
                    new String[] {"sort", "password,asc"}, new String[] {"q", "长".repeat(10_000)},
                    new String[] {"status", "NONSENSE"}, new String[] {"after", "x"})) {
                if (bad[0].equals("status") && (path.contains("ledgers"))) {
                    continue; // no status filter there
                }
                var response = mvc.perform(ApiTokens.bearer(get(path).param(bad[0], bad[1]), token))
                        .andReturn().getResponse();
                assertThat(response.getStatus()).as(path + " " + bad[0]).isEqualTo(400);
                assertThat(response.getContentType()).as(path + " " + bad[0]).startsWith("application/problem+json");
            }
        }
        String ok = mvc.perform(ApiTokens.bearer(get("/api/funding/instalments").param("q", PREFIX).param("size", "5")
                .param("sort", "amount,desc").param("status", "DUE"), token)).andReturn().getResponse().getContentAsString();
        assertThat(ok).contains("\"total\":" + (COUNT - PAID - REVOKED)).contains("\"size\":5").contains(PREFIX);
        String entries = mvc.perform(ApiTokens.bearer(get("/api/funding/ledgers/{s}/entries", spender).param("size", "5"),
                token)).andReturn().getResponse().getContentAsString();
        assertThat(entries).contains("\"next\":").contains("\"balanceAfter\":");
    }

    @Test
    void theLedgerPageShowsANextLinkAndTheWayBackToTheList() throws Exception {
        jakarta.servlet.http.Cookie session = cn.quzhou.stations.testsupport.SessionCookie.open(mvc);
        mvc.perform(get("/funding/ledgers?q={q}&sort=balance,desc&page=1", PREFIX).cookie(session)
                .with(user(world.user(Role.CITY_CAST))));
        String page = mvc.perform(get("/funding/ledgers/{s}", spender).param("size", "10").cookie(session)
                        .with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).as("the next page of entries").contains("id=\"list-next\"").contains("after=");
        assertThat(page).as("the way back to the list as it was left").containsPattern(
                "id=\"back-to-list\" href=\"[^\"]*/funding/ledgers\\?q=[^\"]*sort=balance,desc");
        assertThat(page).doesNotContain("??");
    }

    @Test
    void theExportsHoldEveryMatchingRowNotJustAPage() throws Exception {
        assertThat(exportedRows(get("/funding/export").param("q", PREFIX).param("size", "5"))).isEqualTo(COUNT);
        assertThat(exportedRows(get("/funding/ledgers/export").param("q", PREFIX).param("size", "5"))).isEqualTo(COUNT);
        assertThat(exportedRows(get("/funding/clawbacks/export").param("q", PREFIX).param("size", "1"))).isEqualTo(REVOKED);
        assertThat(exportedRows(get("/funding/ledgers/{s}/export", spender).param("size", "5")))
                .isEqualTo(EXPENSES + 1);
    }

    private int exportedRows(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        byte[] xlsx = mvc.perform(request.with(user(world.user(Role.CITY_CAST)))).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getSheetAt(0).getLastRowNum() - 2; // under the title, the date and the header
        }
    }
}
