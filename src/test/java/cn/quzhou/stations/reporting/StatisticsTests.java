package cn.quzhou.stations.reporting;

import cn.quzhou.stations.testsupport.TestYears;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.results.ResultFixtures;
import cn.quzhou.stations.station.StationFixtures;
import cn.quzhou.stations.station.StationStatus;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statistics of the reporting module, on rows of its own years (2171-2174: recognitions, applications and results
 * dated there by the test), so that no other test's rows are counted.
 */
class StatisticsTests extends PlatformTest {

    static {
        TestYears.claim(2171);
        TestYears.claim(2172);
        TestYears.claim(2173);
        TestYears.claim(2174);
    }

    @Autowired
    Statistics statistics;
    @Autowired
    ResultFixtures results;
    @Autowired
    cn.quzhou.stations.shared.RecordSeals seals;
    @Autowired
    ApplicationFixtures applications;
    @Autowired
    StationFixtures stations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccessTokens tokens;

    @Test
    void theCityOfficesCountStationsByJurisdictionLevelAndDerivedStatus() {
        results.countyStation("统计县站" + System.nanoTime(), LocalDate.of(2171, 1, 10));
        results.station("统计市直站" + System.nanoTime(), LocalDate.of(2171, 2, 1));
        long revoked = results.station("统计撤销站" + System.nanoTime(), LocalDate.of(2171, 3, 1));
        long expired = results.station("统计到期站" + System.nanoTime(), LocalDate.of(2171, 4, 1));
        stations.revoke(revoked);
        // EXPIRED is derived: stored ACTIVE, the agreement over before today
        jdbc.sql("update station set agreement_ends_on = ? where id = ?")
                .params(java.sql.Date.valueOf(LocalDate.now(clock).minusDays(1)), expired).update();

        StatisticsView v = as(world.user(Role.CITY_CAST), () -> statistics.of(2171));

        assertThat(v.stations()).extracting(l -> l.jurisdictionId(), l -> l.level(), l -> l.status(), l -> l.count())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(world.homeJurisdiction, SocietyLevel.NATIONAL, StationStatus.ACTIVE, 1L),
                        org.assertj.core.groups.Tuple.tuple(world.cityDirect, SocietyLevel.NATIONAL, StationStatus.ACTIVE, 1L),
                        org.assertj.core.groups.Tuple.tuple(world.cityDirect, SocietyLevel.NATIONAL, StationStatus.REVOKED, 1L),
                        org.assertj.core.groups.Tuple.tuple(world.cityDirect, SocietyLevel.NATIONAL, StationStatus.EXPIRED, 1L));
        assertThat(v.stationTotals()).containsEntry(StationStatus.ACTIVE, 2L).containsEntry(StationStatus.REVOKED, 1L)
                .containsEntry(StationStatus.EXPIRED, 1L);
    }

    @Test
    void resultsInForceAreCountedByYearJurisdictionAndGradeTheLatestVersionOnly() {
        long county = results.countyStation("统计考核县站" + System.nanoTime(), LocalDate.of(2170, 1, 10));
        long city = results.station("统计考核市直站" + System.nanoTime(), LocalDate.of(2170, 1, 10));
        long other = results.station("统计考核更正站" + System.nanoTime(), LocalDate.of(2170, 1, 10));
        results.publish(2172, county, Grade.EXCELLENT, new BigDecimal("91.00"));
        results.publish(2172, city, Grade.UNQUALIFIED, new BigDecimal("50.00"));
        results.publish(2172, other, Grade.QUALIFIED, new BigDecimal("70.00"));
        correct(2172, other, Grade.EXCELLENT);

        StatisticsView v = as(world.user(Role.CITY_TALENT), () -> statistics.of(2172));

        assertThat(v.grades()).extracting(l -> l.year(), l -> l.jurisdictionId(), l -> l.grade(), l -> l.count())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2172, world.homeJurisdiction, Grade.EXCELLENT, 1L),
                        org.assertj.core.groups.Tuple.tuple(2172, world.cityDirect, Grade.EXCELLENT, 1L),
                        org.assertj.core.groups.Tuple.tuple(2172, world.cityDirect, Grade.UNQUALIFIED, 1L));
        assertThat(v.fundsVisible()).isTrue();
    }

    @Test
    void aCountyOfficeSeesOnlyItsJurisdictionAndNoFunds() {
        long county = results.countyStation("统计范围县站" + System.nanoTime(), LocalDate.of(2173, 1, 10));
        long city = results.station("统计范围市直站" + System.nanoTime(), LocalDate.of(2173, 1, 10));
        results.publish(2173, county, Grade.QUALIFIED, new BigDecimal("75.00"));
        results.publish(2173, city, Grade.QUALIFIED, new BigDecimal("76.00"));
        long home = applications.submittedHome("统计范围县申报" + System.nanoTime(), applications.newSociety(SocietyLevel.NATIONAL));
        long cityApp = applications.submittedCityDirect("统计范围市直申报" + System.nanoTime(),
                applications.newSociety(SocietyLevel.NATIONAL));
        dateApplication(home, 2173);
        dateApplication(cityApp, 2173);

        for (Role role : List.of(Role.COUNTY_CAST, Role.COUNTY_TALENT)) {
            StatisticsView v = as(world.user(role), () -> statistics.of(2173));
            assertThat(v.stations()).extracting(StatisticsView.StationLine::jurisdictionId).containsOnly(world.homeJurisdiction);
            assertThat(v.stations()).extracting(StatisticsView.StationLine::count).containsExactly(1L);
            assertThat(v.grades()).extracting(l -> l.jurisdictionId(), l -> l.count())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(world.homeJurisdiction, 1L));
            assertThat(v.applications()).extracting(l -> l.jurisdictionId(), l -> l.status(), l -> l.count())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(world.homeJurisdiction,
                            ApplicationStatus.COUNTY_CAST_REVIEW, 1L));
            assertThat(v.fundsVisible()).isFalse();
        }
        StatisticsView all = as(world.user(Role.CITY_CAST), () -> statistics.of(2173));
        assertThat(all.applications()).extracting(l -> l.jurisdictionId(), l -> l.count()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(world.homeJurisdiction, 1L),
                org.assertj.core.groups.Tuple.tuple(world.cityDirect, 1L));
    }

    @Test
    void thePageTheExcelAndTheApiShowTheSameFigures() throws Exception {
        long county = results.countyStation("统计导出县站" + System.nanoTime(), LocalDate.of(2174, 1, 10));
        results.publish(2174, county, Grade.EXCELLENT, new BigDecimal("93.00"));

        String page = mvc.perform(get("/reports/statistics").param("year", "2174").with(user(world.user(Role.CITY_CAST))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"statistics-grades\"", "data-statistics=", "/js/statistics.js",
                "/echarts.min.js", "statistics-funds-heading");
        String echarts = page.replaceAll("(?s).*src=\"([^\"]*echarts.min.js)\".*", "$1");
        mvc.perform(get(echarts)).andExpect(status().isOk());
        String countyPage = mvc.perform(get("/reports/statistics").param("year", "2174").param("lang", "en")
                        .with(user(world.user(Role.COUNTY_CAST))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(countyPage).contains("Statistics and exports", "statistics-grades").doesNotContain("statistics-funds-heading");

        String home = mvc.perform(get("/").with(user(world.user(Role.COUNTY_TALENT)))).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).contains("id=\"home-statistics\"", "id=\"nav-statistics\"");
        assertThat(mvc.perform(get("/").with(user(world.user(Role.APPLICANT)))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("home-statistics", "nav-statistics");

        var excel = mvc.perform(get("/reports/statistics.xlsx").param("year", "2174")
                .with(user(world.user(Role.CITY_CAST)))).andReturn();
        excel.getAsyncResult(30_000);
        byte[] xlsx = mvc.perform(asyncDispatch(excel)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet grades = book.getSheetAt(3);
            Row first = grades.getRow(3); // under the title, the generation date and the header
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(2174);
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(book.getNumberOfSheets()).isEqualTo(5); // the cross table first, the funds sheet for the city offices
        }

        String token = ApiTokens.of(Role.COUNTY_TALENT, world, tokens);
        mvc.perform(ApiTokens.bearer(get("/api/reports/statistics").param("year", "2174"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grades[0].year").value(2174))
                .andExpect(jsonPath("$.grades[0].grade").value("EXCELLENT"))
                .andExpect(jsonPath("$.grades[0].count").value(1))
                .andExpect(jsonPath("$.funds").doesNotExist());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/reports/statistics'].get.summary")
                        .value(org.hamcrest.Matchers.containsString("统计数据")));
    }

    /** Records a correction (version 2) of the year's result, as the corrections route would. */
    private void correct(int year, long station, Grade grade) {
        long id = jdbc.sql("""
                insert into evaluation_result (year, station_id, version, station_year, host_unit_id, jurisdiction_id,
                       level, submitted, total, grade, reason_key, reason_args, policy_effective_from, document_number,
                       published_on, correction_reason, recorded_by, approved_by, recorded_at)
                select year, station_id, 2, station_year, host_unit_id, jurisdiction_id, level, submitted, total, ?,
                       reason_key, reason_args, policy_effective_from, document_number, published_on, '更正',
                       'a', 'b', recorded_at
                  from evaluation_result where year = ? and station_id = ? and version = 1 returning id""")
                .params(grade.name(), year, station).query(Long.class).single();
        seals.seal(cn.quzhou.stations.shared.RecordSeals.Sealed.EVALUATION_RESULT, id);   // as the route would
    }

    private void dateApplication(long id, int year) {
        jdbc.sql("update application set created_at = ? where id = ?")
                .params(Timestamp.valueOf(LocalDate.of(year, 5, 1).atStartOfDay()), id).update();
    }
}
