package cn.quzhou.stations.station;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.application.StationRecognised;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The events of a recognition carry ids, never contact data in clear: serialised as an event publication registry
 * would store them they hold no phone; the station still gets its responsible person's phone (sealed at rest), read
 * through the application module by id. The platform keeps no event publication table at all.
 */
@RecordApplicationEvents
class EventPersonalDataTests extends PlatformTest {

    /** The responsible person's phone of ApplicationFixtures' complete draft. */
    private static final String PHONE = "13600000000";

    @Autowired
    StationFixtures stations;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    cn.quzhou.stations.shared.PersonalDataCipher cipher;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void theEventsOfARecognitionSerialiseWithoutThePhone() {
        stations.recognisedCityDirect("事件无电话服务站");
        assertThat(events.stream(StationRecognised.class)).hasSize(1);
        List<String> serialised = events.stream(Object.class).filter(e -> e.getClass().getPackageName().startsWith("cn.quzhou"))
                .map(json::writeValueAsString).toList();
        assertThat(serialised).anySatisfy(e -> assertThat(e).contains("\"responsibleName\":\"钱负责\""))
                .allSatisfy(e -> assertThat(e).doesNotContain(PHONE));
    }

    @Test
    void theStationStillHoldsTheResponsiblePhoneSealed() {
        long station = stations.recognisedCityDirect("事件封存电话服务站");
        String stored = jdbc.sql("select responsible_phone from station where id = ?").param(station)
                .query(String.class).single();
        assertThat(stored).startsWith("sm4:1:").doesNotContain(PHONE);
        assertThat(cipher.open(stored)).isEqualTo(PHONE);
        assertThat(events.stream(StationRecognised.class).findFirst().orElseThrow().applicationId())
                .isEqualTo(jdbc.sql("select application_id from station where id = ?").param(station)
                        .query(Long.class).single());
    }

    @Test
    void noEventPublicationTableHoldsSerialisedEvents() {
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name like '%event_publication%'")
                .query(Long.class).single()).isZero();
    }
}
