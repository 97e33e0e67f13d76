package cn.quzhou.stations.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Art. 18: the city CAST revokes a station for one of the six causes; it becomes read-only history. */
@RecordApplicationEvents
class RevocationTests extends PlatformTest {

    @Autowired
    Revocations revocations;

    @Autowired
    StationEvidence evidence;

    @Autowired
    StationFixtures stations;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    ApplicationEvents events;

    @Test
    void aRevokedStationIsReadOnlyHistoryAndTheGrantsWorkIsTold() {
        long station = stations.recognisedCityDirect("撤销服务站" + System.nanoTime());
        LocalDate today = LocalDate.now(clock);
        as(world.user(Role.CITY_CAST), () -> {
            revocations.revoke(station, new RevocationCommand(RevocationCause.SOCIETY_WITHDRAWS, "学会书面反馈不再合作",
                    "衢市科协〔2026〕99号", today), null, null);
            return null;
        });
        assertThat(as(world.user(Role.CITY_CAST), () -> revocations.of(station))).hasValueSatisfying(r -> {
            assertThat(r.cause()).isEqualTo(RevocationCause.SOCIETY_WITHDRAWS);
            assertThat(r.documentNumber()).isEqualTo("衢市科协〔2026〕99号");
        });
        assertThat(events.stream(StationRevoked.class)).singleElement()
                .satisfies(e -> assertThat(e.stationId()).isEqualTo(station));
        assertThatThrownBy(() -> as(applications.cityApplicant(), () -> evidence.record(station,
                new EvidenceCommand(today.getYear(), EvidenceKind.SALON_OR_SEMINAR, today, "撤销后", null, null, null),
                null, null))).isInstanceOf(BusinessRuleException.class).hasMessage("evidence.error.notActive");
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> {
            revocations.revoke(station, new RevocationCommand(RevocationCause.FALSE_MATERIALS, "再次", "X", today), null, null);
            return null;
        })).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyTheCityCastRevokesAndNotWithADecisionInTheFuture() {
        long station = stations.recognisedCityDirect("撤销权限服务站" + System.nanoTime());
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> as(world.user(Role.CITY_TALENT), () -> {
            revocations.revoke(station, new RevocationCommand(RevocationCause.NO_PROGRESS, "无进展", "X", today), null, null);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> {
            revocations.revoke(station, new RevocationCommand(RevocationCause.NO_PROGRESS, "无进展", "X",
                    today.plusDays(1)), null, null);
            return null;
        })).isInstanceOf(BusinessRuleException.class).hasMessage("revocation.error.future");
        assertThat(as(world.user(Role.CITY_CAST), () -> revocations.of(station))).isEmpty();
    }
}
