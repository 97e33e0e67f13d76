package cn.quzhou.stations.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.application.notice.WorkingCalendar;
import cn.quzhou.stations.application.internal.ApplicationPolicies;
import cn.quzhou.stations.documents.DocumentNumbers;
import cn.quzhou.stations.evaluation.LaterMeasures;
import cn.quzhou.stations.evaluation.internal.IndicatorPolicies;
import cn.quzhou.stations.evaluation.scoring.IndicatorRule;
import cn.quzhou.stations.evaluation.scoring.PolicyVersion;
import cn.quzhou.stations.funding.internal.GrantPolicies;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 数据字典/参数 shows what the rules use: every number on the page is compared with what the scoring engine, the
 * grant computation, the notice defaults and the document numbering read themselves.
 */
class PolicyDataPageTests extends PlatformTest {

    @Autowired
    IndicatorPolicies indicatorPolicies;

    @Autowired
    GrantPolicies grantPolicies;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    ApplicationPolicies applicationPolicies;

    @Autowired
    TodoDeadlines deadlines;

    @Autowired
    JdbcClient jdbc;

    private String page;
    private LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        world.ensure();
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        page = mvc.perform(get("/reports/policy-data").with(user(world.user(Role.COUNTY_CAST))))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theIndicatorTableIsTheOneTheScoringEngineUsesThisYear() {
        PolicyVersion engine = indicatorPolicies.forYear(today.getYear());
        assertThat(engine.rules()).hasSize(14);
        for (IndicatorRule rule : engine.rules()) {
            String row = element("id=\"item-" + rule.itemCode() + "\"", "</tr>");
            assertThat(row).as(rule.itemCode()).contains(rule.name(), "item-points\">"
                    + (rule.capped() ? rule.cap() : rule.nominalPoints()).stripTrailingZeros().toPlainString());
        }
        assertThat(element("id=\"grading\"", "</p>")).contains("低于 " + engine.grading().passLine()
                .stripTrailingZeros().toPlainString() + " 分", engine.grading().excellentShare().movePointRight(2)
                .stripTrailingZeros().toPlainString() + "%");
    }

    @Test
    void theGrantAmountsAreTheOnesTheInstalmentsAreComputedFrom() {
        DecimalFormat money = new DecimalFormat("#,##0.00");
        for (SocietyLevel level : SocietyLevel.values()) {
            for (int year = 1; year <= 2; year++) {
                BigDecimal amount = grantPolicies.amount(today.getYear(), level, year).orElseThrow().amount();
                assertThat(element("id=\"grant-table\"", "</table>")).contains("grant-amount\">" + money.format(amount));
            }
            assertThat(grantPolicies.amount(today.getYear(), level, 3)).isEmpty();
        }
        assertThat(element("id=\"grant-table\"", "</table>").split("grant-amount", -1)).hasSize(5);
    }

    @Test
    void theNoticeLengthAndTheDocumentNumberFormatAreTheOnesInUse() {
        assertThat(page).contains("id=\"notice-length\">" + calendar.noticeLength(today) + " 个工作日<",
                "id=\"number-format\">" + numbers.format() + "<", numbers.example(today.getYear(), 1));
    }

    @Test
    void theOtherTermsAreTheOnesTheRulesReadToday() {
        assertThat(page).contains("id=\"cooperation-years\">" + applicationPolicies.defaultCooperationYears(today) + " 年<",
                "id=\"deadline-APPLICATION_REVIEW\">" + deadlines.term(TodoDeadlines.Item.APPLICATION_REVIEW, today)
                        .workingDays() + " 个工作日内办结", "id=\"rectification\">通报后 3 个月<",
                "id=\"resubmission\">", "id=\"calendar\">" + today.getYear() + " 年已列节假日");
    }

    @ParameterizedTest(name = "on {0}: the measures of {1}, C4 up to {2}, cooperation period {3} years")
    @CsvSource({"2099-02-28, 2021-08-17, 5, 3", "2099-03-01, 2099-03-01, 4, 5", ", 2021-08-17, 5, 3"})
    void aLaterVersionAppearsOnlyFromItsEffectiveDate(LocalDate on, LocalDate version, String judgementMax,
                                                      int cooperationYears) throws Exception {
        try (var measures = LaterMeasures.insert(jdbc, LocalDate.of(2099, 3, 1), new BigDecimal("4"))) {
            jdbc.sql("insert into application_policy (effective_from, default_cooperation_years, source) "
                    + "values (?, 5, '测试修订')").param(java.sql.Date.valueOf(LocalDate.of(2099, 3, 1))).update();
            try {
                page = mvc.perform(get("/reports/policy-data").param("on", on == null ? "" : on.toString())
                        .with(user(world.user(Role.CITY_TALENT)))).andReturn().getResponse().getContentAsString();
            } finally {
                jdbc.sql("delete from application_policy where effective_from = ?")
                        .param(java.sql.Date.valueOf(LocalDate.of(2099, 3, 1))).update();
            }
        }
        assertThat(element("id=\"indicator-version\"", "</p>")).contains("自 " + version + " 起施行");
        assertThat(element("id=\"item-C4\"", "</tr>")).as("the experts' judgement part of C4")
                .containsPattern("打分</span>\\s*<span class=\"text-nowrap\">" + judgementMax + " 分</span>");
        assertThat(page).contains("id=\"cooperation-years\">" + cooperationYears + " 年<",
                "value=\"" + (on == null ? today : on) + "\"");
    }

    @Test
    void aDayBeforeTheFirstMeasuresSaysSoInsteadOfFailing() throws Exception {
        page = mvc.perform(get("/reports/policy-data").param("on", "2020-01-01")
                .with(user(world.user(Role.CITY_CAST)))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"no-indicators\"").doesNotContain("id=\"cooperation-years\"");
    }

    @Test
    void theDictionariesOfTheApplicationFormAreListedWithTheirNames() {
        assertThat(page).contains("单位性质", "高新技术开发区产业园区", "业务领域", "氟硅");
    }

    /** The page's text from {@code start} to the next {@code end}. */
    private String element(String start, String end) {
        int from = page.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return page.substring(from, page.indexOf(end, from));
    }
}
