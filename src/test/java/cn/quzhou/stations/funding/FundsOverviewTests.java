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

    @Autowired
    Clawbacks clawbacks;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

    /**
     * The overview is read from a table the rows move themselves (V40): after instalments fall due, are paid, spent,
     * cancelled by a revocation and clawed back in part, it holds exactly what summing every row gives.
     */
    @Test
    void theMaintainedOverviewEqualsTheSumOverEveryRowAfterASeriesOfChanges() {
        long paidAndSpent = funding.national("总览汇总甲" + System.nanoTime());
        long revoked = funding.provincial("总览汇总乙" + System.nanoTime());
        long county = funding.jiangshan("总览汇总丙" + System.nanoTime());
        funding.publish(paidAndSpent, 2079, 1, 1, Grade.QUALIFIED);
        funding.publish(paidAndSpent, 2080, 1, 2, Grade.EXCELLENT);
        funding.publish(revoked, 2079, 1, 1, Grade.QUALIFIED);
        funding.publish(revoked, 2080, 1, 2, Grade.QUALIFIED);
        funding.publish(county, 2080, 1, 1, Grade.QUALIFIED);
        funding.pay(paidAndSpent, 2079);
        funding.pay(revoked, 2079);
        as(applications.cityApplicant(), () -> ledgers.recordExpense(paidAndSpent, new ExpenseCommand(
                LocalDate.now(clock), new BigDecimal("2345.67"), "OTHER_NECESSARY", "某公司", "办公用品", null), null, null));
        funding.revoke(revoked);   // cancels its 2080 instalment and opens a clawback of what was paid
        as(world.user(Role.CITY_CAST), () -> clawbacks.repay(funding.clawbackOf(revoked),
                new RepaymentCommand(LocalDate.now(clock), new BigDecimal("1000.00"), "总览汇总-" + System.nanoTime())));

        var maintained = as(world.user(Role.CITY_TALENT), () -> overview.rows());
        assertThat(maintained).as("the changes reached the overview")
                .anySatisfy(r -> assertThat(r.year()).isEqualTo(2080));
        assertThat(maintained.stream().map(FundsOverviewTests::figures).toList())
                .isEqualTo(rowByRow());
    }

    private static String figures(OverviewRow r) {
        return r.year() + "|" + r.jurisdictionId() + "|" + r.level() + "|" + r.due().stripTrailingZeros().toPlainString()
                + "|" + r.paid().stripTrailingZeros().toPlainString() + "|" + r.spent().stripTrailingZeros().toPlainString()
                + "|" + r.clawedBack().stripTrailingZeros().toPlainString();
    }

    /** The overview as it was computed before V40: every instalment, payment, ledger year and repayment summed. */
    private java.util.List<String> rowByRow() {
        return jdbc.sql("""
                select year, jurisdiction_id, level, sum(due) as due, sum(paid) as paid, sum(spent) as spent,
                       sum(clawed) as clawed
                  from (select i.year, i.jurisdiction_id, i.level, sum(i.amount) as due, 0 as paid, 0 as spent,
                               0 as clawed
                          from grant_instalment i where i.status <> 'CANCELLED' group by 1, 2, 3
                        union all
                        select extract(year from p.paid_on)::int, i.jurisdiction_id, i.level, 0, sum(p.amount), 0, 0
                          from grant_payment p join grant_instalment i on i.id = p.instalment_id
                         where p.status = 'APPROVED' group by 1, 2, 3
                        union all
                        select y.year, y.jurisdiction_id, y.level, 0, 0, sum(y.spent), 0
                          from ledger_year y group by 1, 2, 3
                        union all
                        select extract(year from r.repaid_on)::int, c.jurisdiction_id, coalesce(c.level, 'NATIONAL'),
                               0, 0, 0, sum(r.amount)
                          from clawback_repayment r join clawback c on c.id = r.clawback_id group by 1, 2, 3) money
                 group by year, jurisdiction_id, level
                 order by year desc, jurisdiction_id, level""")
                .query((rs, n) -> rs.getInt("year") + "|" + rs.getLong("jurisdiction_id") + "|" + rs.getString("level")
                        + "|" + rs.getBigDecimal("due").stripTrailingZeros().toPlainString()
                        + "|" + rs.getBigDecimal("paid").stripTrailingZeros().toPlainString()
                        + "|" + rs.getBigDecimal("spent").stripTrailingZeros().toPlainString()
                        + "|" + rs.getBigDecimal("clawed").stripTrailingZeros().toPlainString())
                .list();
    }
}
