package cn.quzhou.stations.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The funds overview sums due, paid, spent and clawed back by year, jurisdiction and level. */
class FundsOverviewTests extends PlatformTest {

    @Autowired
    FundingFixtures funding;

    @Autowired
    FundsOverview overview;

    @Autowired
    FundsLedgers ledgers;

    @Autowired
    ApplicationFixtures applications;

    @Test
    void dueIsCountedByEvaluationYearAndJurisdictionAndLevel() throws Exception {
        long national = funding.national("总览全国服务站" + System.nanoTime());
        long provincial = funding.provincial("总览省级服务站" + System.nanoTime());
        long jiangshan = funding.jiangshan("总览江山服务站" + System.nanoTime());
        funding.publish(national, 2099, 1, 1, Grade.QUALIFIED);
        funding.publish(provincial, 2099, 1, 2, Grade.QUALIFIED);
        funding.publish(jiangshan, 2099, 1, 1, Grade.EXCELLENT);
        funding.pay(national, 2099);
        as(applications.cityApplicant(), () -> ledgers.recordExpense(national, new ExpenseCommand(LocalDate.now(clock),
                new BigDecimal("1234.56"), "OTHER_NECESSARY", "某公司", "办公用品", null), null, null));

        var rows = as(world.user(Role.CITY_TALENT), () -> overview.rows());
        assertThat(rows).filteredOn(r -> r.year() == 2099 && r.jurisdictionId() == world.cityDirect
                        && r.level() == SocietyLevel.NATIONAL).singleElement()
                .satisfies(r -> assertThat(r.due()).isEqualByComparingTo("500000.00"));
        assertThat(rows).filteredOn(r -> r.year() == 2099 && r.jurisdictionId() == world.cityDirect
                        && r.level() == SocietyLevel.PROVINCIAL).singleElement()
                .satisfies(r -> assertThat(r.due()).isEqualByComparingTo("250000.00"));
        assertThat(rows).filteredOn(r -> r.year() == 2099 && r.jurisdictionId() == world.homeJurisdiction)
                .singleElement().satisfies(r -> {
                    assertThat(r.jurisdictionName()).isEqualTo("江山市");
                    assertThat(r.due()).isEqualByComparingTo("500000.00");
                    assertThat(r.paid()).isEqualByComparingTo("0");
                });
        int thisYear = LocalDate.now(clock).getYear();
        assertThat(rows).filteredOn(r -> r.year() == thisYear && r.jurisdictionId() == world.cityDirect
                && r.level() == SocietyLevel.NATIONAL).singleElement().satisfies(r -> {
                    assertThat(r.paid()).isGreaterThanOrEqualTo(new BigDecimal("500000.00"));
                    assertThat(r.spent()).isGreaterThanOrEqualTo(new BigDecimal("1234.56"));
                });

        var started = mvc.perform(get("/funding/overview.xlsx").with(user(world.user(Role.CITY_CAST)))).andReturn();
        started.getAsyncResult(30_000);
        byte[] xlsx = mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("应拨");
            assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }
}
