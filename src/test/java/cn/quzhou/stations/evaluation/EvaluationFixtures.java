package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.testsupport.TestYears;
import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.station.EvidenceCommand;
import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.station.EvidenceLevel;
import cn.quzhou.stations.station.StationEvidence;
import cn.quzhou.stations.station.StationFixtures;
import cn.quzhou.stations.testsupport.World;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stations due in exactly one evaluation year (2040–2059): recognised city-direct, then by SQL dated into that year
 * and, for a county station, moved to the world's 江山 unit (a test shortcut instead of the county recognition route).
 */
@Component
public class EvaluationFixtures {

    private final World world;
    private final StationFixtures stations;
    private final ApplicationFixtures applications;
    private final StationEvidence evidence;
    private final SelfReports reports;
    private final EvaluationRounds rounds;
    private final JdbcClient jdbc;

    EvaluationFixtures(World world, StationFixtures stations, ApplicationFixtures applications,
                       StationEvidence evidence, SelfReports reports, EvaluationRounds rounds, JdbcClient jdbc) {
        this.world = world;
        this.stations = stations;
        this.applications = applications;
        this.evidence = evidence;
        this.reports = reports;
        this.rounds = rounds;
        this.jdbc = jdbc;
    }

    /** A city-direct station (host unit: the city applicant) due only in {@code year}. */
    public long cityStation(String name, int year) {
        long id = stations.recognisedCityDirect(name);
        dateInto(id, year);
        return id;
    }

    /** A 江山 station (host unit: the world's applicant, county route) due only in {@code year}. */
    public long countyStation(String name, int year) {
        long id = cityStation(name, year);
        jdbc.sql("update station set host_unit_id = ?, jurisdiction_id = ? where id = ?")
                .params(world.homeUnit.getId(), world.homeJurisdiction, id).update();
        return id;
    }

    /** Recognised and agreed on 1 January, ending 31 December: due in no other year. */
    private void dateInto(long stationId, int year) {
        jdbc.sql("""
                update station set recognised_on = ?, agreement_signed_on = ?, agreement_ends_on = ? where id = ?""")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                        stationId)
                .update();
    }

    /** Noon (Beijing) of a day: what the shared clock is set to. */
    public static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    public RoundView open(int year, LocalDate deadline) {
        TestYears.use(year);
        return ApplicationFixtures.as(world.user(Role.CITY_CAST),
                () -> rounds.open(new OpenRoundCommand(year, deadline, null)));
    }

    public long reportOf(int year, long stationId) {
        return jdbc.sql("select id from evaluation_report where year = ? and station_id = ?").params(year, stationId)
                .query(Long.class).single();
    }

    public int version(long reportId) {
        return jdbc.sql("select version from evaluation_report where id = ?").param(reportId).query(Integer.class)
                .single();
    }

    public int roundVersion(int year) {
        return jdbc.sql("select version from evaluation_round where year = ?").param(year).query(Integer.class)
                .single();
    }

    public PlatformUser unitOf(long stationId) {
        long unit = jdbc.sql("select host_unit_id from station where id = ?").param(stationId).query(Long.class)
                .single();
        return unit == world.homeUnit.getId() ? world.user(Role.APPLICANT) : applications.cityApplicant();
    }

    /** Records {@code salons} salons (5 points each, B1.3 capped at 10) on 1 March of the year. */
    public long salon(long stationId, int year, String text) {
        return ApplicationFixtures.as(unitOf(stationId), () -> evidence.record(stationId, new EvidenceCommand(year,
                EvidenceKind.SALON_OR_SEMINAR, LocalDate.of(year, 3, 1), text, null, null, null), null, null)).id();
    }

    public void record(long stationId, int year, EvidenceKind kind, EvidenceLevel level, Integer attendance,
                       BigDecimal days) {
        ApplicationFixtures.as(unitOf(stationId), () -> evidence.record(stationId, new EvidenceCommand(year, kind,
                LocalDate.of(year, 3, 1), "测试佐证", attendance, level, days), null, null));
    }

    /** Drafts the full qualitative declarations (A1.1 10, A1.2 10, A2.1 5, A2.2 3, A2.3 6 = 34) and submits. */
    public ReportView submitFull(long stationId, int year) {
        long report = reportOf(year, stationId);
        PlatformUser unit = unitOf(stationId);
        ApplicationFixtures.as(unit, () -> reports.draft(report, new SelfReportCommand("年度工作总结。",
                Set.of("A1.1:OFFICE", "A1.1:STAFF", "A1.2:RULES", "A1.2:FUNDS_PROPER", "A1.2:HOST_FUNDING",
                        "A1.2:DATABASES", "A2.2:CONTENT", "A2.2:AGREEMENT_PLAN"), "PROVINCE", new BigDecimal("100")),
                version(report)));
        return ApplicationFixtures.as(unit, () -> reports.submit(report, version(report)));
    }
}
