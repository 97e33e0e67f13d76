package cn.quzhou.stations.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Art. 12: due dates per year, the host unit files its plan and summary, staff see who is overdue. */
class AnnualReportTests extends PlatformTest {

    @Autowired
    AnnualReports reports;

    @Autowired
    StationFixtures stations;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theHostUnitFilesItsPlanAndStaffSeeWhatIsOverdue() {
        long station = stations.recognisedCityDirect("年度计划服务站" + System.nanoTime());
        PlatformUser host = applications.cityApplicant();
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        // recognised last year: only then does it owe a summary of the year before this one
        jdbc.sql("update station set recognised_on = ? where id = ?").params(today.minusYears(1), station).update();
        as(world.user(Role.CITY_CAST), () -> {
            reports.setDueDates(new DueDatesCommand(year, today.minusDays(1), today.plusDays(30)));
            return null;
        });
        as(host, () -> {
            reports.submit(station, new ReportCommand(year, ReportKind.SUMMARY, "上年度运行情况与绩效"));
            return null;
        });
        List<ReportStatus> rows = as(world.user(Role.CITY_CAST), () -> StationFixtures.reportStatus(reports, year)).stream()
                .filter(r -> r.stationId() == station).toList();
        assertThat(rows).filteredOn(r -> r.kind() == ReportKind.PLAN).singleElement()
                .satisfies(r -> assertThat(r.overdue()).isTrue());
        assertThat(rows).filteredOn(r -> r.kind() == ReportKind.SUMMARY).singleElement()
                .satisfies(r -> assertThat(r.submitted()).isTrue());

        as(host, () -> {
            reports.submit(station, new ReportCommand(year, ReportKind.PLAN, "本年度工作计划"));
            return null;
        });
        assertThat(as(world.user(Role.CITY_TALENT), () -> StationFixtures.reportStatus(reports, year))).filteredOn(r -> r.stationId() == station)
                .noneMatch(ReportStatus::overdue);
        assertThat(as(host, () -> reports.content(station, year, ReportKind.PLAN))).contains("本年度工作计划");
    }

    @Test
    void nobodyFilesForAnotherUnitsStationOrSeesAnotherCountysStation() {
        long station = stations.recognisedCityDirect("他人计划服务站" + System.nanoTime());
        int year = LocalDate.now(clock).getYear();
        assertThatThrownBy(() -> as(world.user(Role.APPLICANT), () -> {
            reports.submit(station, new ReportCommand(year, ReportKind.PLAN, "越权"));
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(as(world.user(Role.COUNTY_CAST), () -> StationFixtures.reportStatus(reports, year)))
                .noneMatch(r -> r.stationId() == station);
    }
}
