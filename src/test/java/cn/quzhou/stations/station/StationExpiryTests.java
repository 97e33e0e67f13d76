package cn.quzhou.stations.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A station whose agreement period has ended is EXPIRED: shown so, out of the public directory, its history kept. */
class StationExpiryTests extends PlatformTest {

    @Autowired
    StationFixtures fixtures;

    @Autowired
    Stations stations;

    @Autowired
    StationEvidence evidence;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStationWhoseAgreementHasEndedIsExpiredAndLeavesThePublicDirectory() {
        long id = fixtures.recognisedCityDirect("到期服务站");
        LocalDate today = LocalDate.now(clock);
        endAgreementOn(id, today.minusDays(1));

        assertThat(as(world.user(Role.CITY_CAST), () -> stations.get(id)).status()).isEqualTo(StationStatus.EXPIRED);
        assertThat(stations.directory(cn.quzhou.stations.shared.ListRequest.of(1, 100, null, "到期服务站"),
                cn.quzhou.stations.station.StationFilter.none()).items())
                .extracting(Stations.DirectoryEntry::name).doesNotContain("到期服务站");
        assertThat(as(world.user(Role.CITY_CAST), () -> stations.page(
                cn.quzhou.stations.shared.ListRequest.of(1, 100, null, "到期服务站"),
                new cn.quzhou.stations.station.StationFilter(null, null, StationStatus.EXPIRED)).items()))
                .as("the registry's EXPIRED filter finds it").extracting(cn.quzhou.stations.station.StationRow::id)
                .containsExactly(id);

        endAgreementOn(id, today);
        assertThat(as(world.user(Role.CITY_CAST), () -> stations.get(id)).status())
                .as("the last day of the agreement is still within it").isEqualTo(StationStatus.ACTIVE);
    }

    @Test
    void anExpiredStationStillRecordsWhatHappenedWithinItsAgreementButNothingAfter() {
        long id = fixtures.recognisedCityDirect("到期佐证服务站");
        LocalDate ended = LocalDate.of(2030, 6, 14);
        endAgreementOn(id, ended);
        Instant saved = clock.set(Instant.parse("2030-06-20T02:00:00Z"));
        try {
            EvidenceView within = as(applications.cityApplicant(), () -> evidence.record(id, new EvidenceCommand(
                    2030, EvidenceKind.SALON_OR_SEMINAR, ended, "协议期内最后一次沙龙", null, null, null), null, null));
            assertThat(within.occurredOn()).isEqualTo(ended);

            assertThatThrownBy(() -> as(applications.cityApplicant(), () -> evidence.record(id, new EvidenceCommand(
                    2030, EvidenceKind.SALON_OR_SEMINAR, ended.plusDays(1), "协议期满后的沙龙", null, null, null), null,
                    null)))
                    .isInstanceOf(BusinessRuleException.class)
                    .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("occurredOn"));
        } finally {
            clock.set(saved);
        }
    }

    private void endAgreementOn(long stationId, LocalDate day) {
        jdbc.sql("update station set agreement_ends_on = ? where id = ?").params(day, stationId).update();
    }
}
