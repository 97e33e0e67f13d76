package cn.quzhou.stations;

import cn.quzhou.stations.testsupport.TestYears;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.funding.FundingFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.results.ResultFixtures;
import cn.quzhou.stations.station.StationFixtures;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.StatementCounter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * A list page costs the same few SQL statements whether it shows 5 rows or 100: the page, its total and a bounded
 * number of look-ups — never one statement per row (issue #9). Each list is asked twice, with the keyword that selects
 * this class's rows, at a page size below and above their number, and must find more rows the second time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListStatementCountTests extends PlatformTest {

    /** The keyword that selects exactly the rows this class makes. */
    private static final String MARK = "语句计数";
    private static final int ROWS = 12;
    /** The evaluation year this class's results are published in (no other test uses it). */
    private static final int YEAR = TestYears.claim(2150);

    @Autowired
    StationFixtures stations;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    FundingFixtures funding;

    @Autowired
    ResultFixtures results;

    @Autowired
    AccessTokens tokens;

    @BeforeAll
    void makeRows() {
        for (int i = 0; i < ROWS; i++) {
            stations.recognisedCityDirect(MARK + "站" + i + "号" + System.nanoTime());
            applications.submittedCityDirect(MARK + "申报" + i + "号" + System.nanoTime(),
                    applications.newSociety(SocietyLevel.PROVINCIAL));
            long funded = funding.national(MARK + "资助站" + i + "号" + System.nanoTime());
            funding.publish(funded, YEAR, 1, 1, Grade.QUALIFIED);
            long evaluated = results.station(MARK + "考核站" + i + "号" + System.nanoTime(), LocalDate.of(YEAR - 3, 1, 10));
            if (i < 6) {   // unqualified twice: a rectification and a revocation proposal
                results.publish(YEAR - 1, evaluated, Grade.UNQUALIFIED, new BigDecimal("40"));
                results.publish(YEAR, evaluated, Grade.UNQUALIFIED, new BigDecimal("45"));
            } else {
                results.publish(YEAR, evaluated, Grade.QUALIFIED, new BigDecimal(80 + i));
            }
            if (i % 2 == 0) {
                funding.pay(funded, YEAR);
                funding.revoke(funded);   // a clawback
            }
        }
    }

    @ParameterizedTest(name = "{0} as {1}: at most {2} statements at any page size")
    @CsvSource({
            "/stations,         CITY_CAST, 6",
            "/public/stations,  CITY_CAST, 6",
            "/api/stations,     CITY_CAST, 6",
            "/stations/export,  CITY_CAST, 6",
            "/applications,     CITY_CAST, 6",
            "/api/applications, CITY_CAST, 6",
            "/applications/export, CITY_CAST, 6",
            "/funding,          CITY_CAST, 6",
            "/api/funding/instalments, CITY_CAST, 6",
            "/funding/ledgers,  CITY_CAST, 6",
            "/api/funding/ledgers, CITY_CAST, 6",
            "/funding/clawbacks, CITY_CAST, 6",
            "/api/funding/clawbacks, CITY_CAST, 6",
            "/evaluations/results?year=2150, CITY_CAST, 9",   // + the years summary and the proposed corrections (3)
            "/api/evaluations/results?year=2150, CITY_CAST, 6",
            "/evaluations/results/export?year=2150, CITY_CAST, 6",
            "/rectifications,   CITY_CAST, 6",
            "/api/rectifications, CITY_CAST, 6",
            "/revocation-proposals, CITY_CAST, 6",
            "/api/revocation-proposals, CITY_CAST, 6",
    })
    void aListPageCostsABoundedNumberOfStatementsWhateverItsSize(String path, Role role, int most) throws Exception {
        statements(path, role, 1, new int[1]);   // warm-up: a token's first use of the minute records it
        int[] fewer = {0};
        int[] more = {0};
        List<String> small = statements(path, role, 5, fewer);
        List<String> large = statements(path, role, 100, more);

        if (!path.contains("/export")) {
            assertThat(more[0]).as("rows shown at size 100 vs size 5").isGreaterThan(fewer[0]);
        }
        assertThat(large).as("statements for 100 rows vs 5 rows").hasSameSizeAs(small);
        assertThat(large).as("statements per request").hasSizeLessThanOrEqualTo(most);
    }

    @ParameterizedTest(name = "the home page of {0} reads the working calendar once and each deadline term once")
    @org.junit.jupiter.params.provider.EnumSource(value = Role.class,
            names = {"APPLICANT", "COUNTY_CAST", "COUNTY_TALENT", "CITY_CAST", "CITY_TALENT", "EXPERT"})
    void theHomePageReadsTheWorkingCalendarOnceWhateverItsLines(Role role) throws Exception {
        mvc.perform(get("/").with(user(world.user(role)))).andExpect(status().isOk());   // warm-up
        List<String> all = StatementCounter.record(() -> mvc.perform(get("/").with(user(world.user(role))))
                .andExpect(status().isOk()));

        assertThat(all.stream().filter(sql -> sql.contains("from working_calendar_day")))
                .as("reads of the working calendar").hasSizeLessThanOrEqualTo(1);
        List<String> terms = all.stream().filter(sql -> sql.contains("todo_deadline_policy")).toList();
        assertThat(terms).as("reads of the deadline terms, at most one per kind of to-do")
                .hasSizeLessThanOrEqualTo(TodoDeadlines.Item.values().length);
    }

    private List<String> statements(String path, Role role, int size, int[] marks) throws Exception {
        var request = get(path).param("q", MARK).param("size", String.valueOf(size));
        RequestBuilder signed = path.startsWith("/api/")
                ? ApiTokens.bearer(request, ApiTokens.of(role, world, tokens))
                : request.with(user(world.user(role)));
        List<String> all = StatementCounter.record(() -> {
            String body = mvc.perform(signed).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            marks[0] = body.split(MARK, -1).length - 1;
        });
        // the session store's own statements (Spring Session JDBC loads and saves the session: the same one to three
        // per request whatever the page) are the price of sessions shared by every instance, not of the list
        return all.stream().filter(sql -> !sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION")).toList();
    }
}
