package cn.quzhou.stations.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.application.notice.WorkingCalendar;
import cn.quzhou.stations.documents.DocumentNumbers;
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
import org.springframework.beans.factory.annotation.Autowired;

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
