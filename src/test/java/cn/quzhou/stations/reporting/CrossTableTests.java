package cn.quzhou.stations.reporting;

import cn.quzhou.stations.testsupport.TestYears;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.results.ResultFixtures;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The county × level × year table on stations of its own years (2181, 2182): subtotals, the total and the change on
 * the year before; the same figures in the print view and in the Excel (title, date, frozen header, number formats).
 * 2181: 江山 one national, city-direct two provincial (3). 2182: 江山 two national, city-direct one of each (4).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTableTests extends PlatformTest {

    static {
        TestYears.claim(2181);
        TestYears.claim(2182);
    }

    @Autowired
    Statistics statistics;
    @Autowired
    ResultFixtures results;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void stations() {
        results.countyStation("交叉表县站甲" + System.nanoTime(), LocalDate.of(2181, 5, 1));
        provincial(results.station("交叉表市直站甲" + System.nanoTime(), LocalDate.of(2181, 6, 1)));
        provincial(results.station("交叉表市直站乙" + System.nanoTime(), LocalDate.of(2181, 7, 1)));
        results.countyStation("交叉表县站乙" + System.nanoTime(), LocalDate.of(2182, 2, 1));
        results.countyStation("交叉表县站丙" + System.nanoTime(), LocalDate.of(2182, 3, 1));
        results.station("交叉表市直站丙" + System.nanoTime(), LocalDate.of(2182, 4, 1));
        provincial(results.station("交叉表市直站丁" + System.nanoTime(), LocalDate.of(2182, 5, 1)));
    }

    @Test
    void theTableHasCountySubtotalsATotalAndTheChangeOnTheYearBefore() {
        CrossTable table = as(world.user(Role.CITY_CAST), () -> statistics.crossTable(2182));

        assertThat(table.years()).containsExactly(2182);
        CrossTable.Line home = subtotal(table, world.homeJurisdiction);
        assertThat(home.count(2182)).isEqualTo(2);
        assertThat(home.change(2182)).isEqualByComparingTo("1.0000");
        CrossTable.Line city = subtotal(table, world.cityDirect);
        assertThat(city.count(2182)).isEqualTo(2);
        assertThat(city.delta(2182)).isZero();
        assertThat(table.lines()).filteredOn(l -> world.cityDirect == l.jurisdictionId() && !l.subtotal())
                .extracting(CrossTable.Line::level, l -> l.count(2182), l -> l.count(2181))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SocietyLevel.NATIONAL, 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple(SocietyLevel.PROVINCIAL, 1L, 2L));
        assertThat(table.total().total()).isEqualTo(4);
        assertThat(table.total().delta(2182)).isEqualTo(1);
        assertThat(table.total().latestChange()).isEqualByComparingTo("0.3333");

        CrossTable county = as(world.user(Role.COUNTY_CAST), () -> statistics.crossTable(2182));
        assertThat(county.lines()).extracting(CrossTable.Line::jurisdictionId).containsOnly(world.homeJurisdiction);
        assertThat(county.total().total()).isEqualTo(2);
    }

    @Test
    void thePrintViewShowsTheTableWithoutNavigation() throws Exception {
        String page = mvc.perform(get("/reports/statistics").param("year", "2182").param("print", "true")
                        .with(user(world.user(Role.CITY_CAST))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"statistics-cross\"", "服务站认定情况统计表", "生成时间：", "33.3%", "+1 (33.3%)")
                .doesNotContain("app-navbar", "??", "2,182");
        String full = mvc.perform(get("/reports/statistics").param("year", "2182").with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsString();
        assertThat(full).contains("statistics-cross", "statistics-county-charts", "&quot;counties&quot;", "statistics-print")
                .doesNotContain("??");
    }

    @Test
    void theExcelHasATitleTheDateAFrozenHeaderWidthsAndNumberFormats() throws Exception {
        var excel = mvc.perform(get("/reports/statistics.xlsx").param("year", "2182")
                .with(user(world.user(Role.CITY_CAST)))).andReturn();
        excel.getAsyncResult(30_000);
        byte[] xlsx = mvc.perform(asyncDispatch(excel)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet cross = book.getSheetAt(0);
            assertThat(cross.getRow(0).getCell(0).getStringCellValue()).isEqualTo("服务站认定情况统计表（属地×级别×年度）");
            assertThat(cross.getRow(1).getCell(0).getStringCellValue()).startsWith("生成时间：");
            assertThat(cross.getRow(2).getCell(2).getStringCellValue()).isEqualTo("2182");
            assertThat(cross.getPaneInformation().isFreezePane()).isTrue();
            assertThat(cross.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
            assertThat(cross.getColumnWidth(0)).isEqualTo(18 * 256);
            Row total = cross.getRow(cross.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(4);
            assertThat(total.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(BigDecimal.valueOf(total.getCell(4).getNumericCellValue())).isEqualByComparingTo("0.3333");
            assertThat(total.getCell(4).getCellStyle().getDataFormatString()).contains("0.0%");
            Sheet grades = book.getSheetAt(3);
            assertThat(grades.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
        }
    }

    private CrossTable.Line subtotal(CrossTable table, long jurisdictionId) {
        return table.lines().stream().filter(l -> l.subtotal() && l.jurisdictionId() == jurisdictionId).findFirst()
                .orElseThrow();
    }

    private void provincial(long station) {
        jdbc.sql("update station set level = 'PROVINCIAL' where id = ?").param(station).update();
    }
}
