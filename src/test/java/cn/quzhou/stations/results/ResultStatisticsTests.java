package cn.quzhou.stations.results;

import cn.quzhou.stations.testsupport.TestYears;
import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.GradeCount;
import cn.quzhou.stations.results.ResultFixtures;
import cn.quzhou.stations.results.ResultStatistics;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Results in force by year, jurisdiction and grade are read from a count the results move themselves (V40): after
 * first publications, corrections, and a correction recorded out of order, the count equals counting every result.
 * Years 2141-2142 are this class's own.
 */
class ResultStatisticsTests extends PlatformTest {

    private static final int YEAR = TestYears.claim(2141);

    @Autowired
    ResultFixtures results;
    @Autowired
    ResultStatistics statistics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cn.quzhou.stations.shared.RecordSeals seals;

    private static boolean published;

    @BeforeEach
    void aSeriesOfPublicationsAndCorrections() {
        if (published) {
            return;
        }
        // one station per year: each first publication opens the station's first funding year
        long city = results.station("汇总市直站" + System.nanoTime(), LocalDate.of(YEAR - 2, 1, 10));
        long cityNext = results.station("汇总市直次年站" + System.nanoTime(), LocalDate.of(YEAR - 2, 1, 10));
        long corrected = results.station("汇总更正站" + System.nanoTime(), LocalDate.of(YEAR - 2, 1, 10));
        long county = results.countyStation("汇总县站" + System.nanoTime(), LocalDate.of(YEAR - 2, 1, 10));
        long countyNext = results.countyStation("汇总县次年站" + System.nanoTime(), LocalDate.of(YEAR - 2, 1, 10));
        results.publish(YEAR, city, Grade.QUALIFIED, new BigDecimal("80"));
        results.publish(YEAR + 1, cityNext, Grade.EXCELLENT, new BigDecimal("95"));
        long wrong = results.publish(YEAR, corrected, Grade.UNQUALIFIED, new BigDecimal("50"));
        results.publish(YEAR, county, Grade.QUALIFIED, new BigDecimal("70"));
        long countyWrong = results.publish(YEAR + 1, countyNext, Grade.QUALIFIED, new BigDecimal("72"));
        correct(wrong, 2, Grade.QUALIFIED);
        correct(wrong, 3, Grade.EXCELLENT);
        correct(countyWrong, 3, Grade.UNQUALIFIED);
        correct(countyWrong, 2, Grade.EXCELLENT);   // recorded after version 3: version 3 stays in force
        published = true;
    }

    @ParameterizedTest(name = "{0}, year {1}")
    @CsvSource(nullValues = "every", value = {
            "CITY_CAST,   every",
            "CITY_CAST,   2141",
            "CITY_CAST,   2142",
            "COUNTY_CAST, every",
            "COUNTY_CAST, 2142",
    })
    void theMaintainedCountEqualsCountingEveryResult(Role role, Integer year) {
        PlatformUser user = world.user(role);
        var maintained = as(user, () -> statistics.gradeCounts(year));
        var counted = as(user, () -> statistics.counted(user.scope(), year));
        assertThat(maintained).isEqualTo(counted);
        assertThat(maintained).as("this class's results are counted").anySatisfy(c -> assertThat(c.year()).isIn(YEAR, YEAR + 1));
    }

    @org.junit.jupiter.api.Test
    void aCorrectionMovesItsStationFromTheOldGradeToTheNewAndAnOlderVersionRecordedLaterMovesNothing() {
        var counts = as(world.user(Role.CITY_CAST), () -> statistics.gradeCounts(null)).stream()
                .filter(c -> c.year() >= YEAR && c.year() <= YEAR + 1).toList();
        assertThat(counts).containsExactlyInAnyOrder(
                new GradeCount(YEAR + 1, world.cityDirect, Grade.EXCELLENT, 1),
                new GradeCount(YEAR + 1, world.homeJurisdiction, Grade.UNQUALIFIED, 1),
                new GradeCount(YEAR, world.cityDirect, Grade.EXCELLENT, 1),
                new GradeCount(YEAR, world.cityDirect, Grade.QUALIFIED, 1),
                new GradeCount(YEAR, world.homeJurisdiction, Grade.QUALIFIED, 1));
    }

    /** A further version of a published result, written (and sealed) as the correction's approval writes it. */
    private void correct(long resultId, int version, Grade grade) {
        long id = jdbc.sql("""
                insert into evaluation_result (year, station_id, version, station_year, host_unit_id, jurisdiction_id,
                       level, submitted, total, grade, reason_key, reason_args, policy_effective_from, document_number,
                       published_on, correction_reason, recorded_by, approved_by, recorded_at)
                select year, station_id, ?, station_year, host_unit_id, jurisdiction_id, level, submitted, total, ?,
                       reason_key, reason_args, policy_effective_from, document_number, published_on, '更正',
                       recorded_by, 't-other', recorded_at
                  from evaluation_result where id = ? returning id""")
                .params(version, grade.name(), resultId).query(Long.class).single();
        seals.seal(cn.quzhou.stations.shared.RecordSeals.Sealed.EVALUATION_RESULT, id);
    }
}
