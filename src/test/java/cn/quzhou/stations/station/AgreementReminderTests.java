package cn.quzhou.stations.station;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.station.internal.AgreementReminders;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 90 and 30 days before a co-building agreement ends, the host unit and the city CAST are told — once each. */
class AgreementReminderTests extends PlatformTest {

    @Autowired
    AgreementReminders reminders;

    @Autowired
    StationFixtures stations;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHostUnitAndTheCityCastAreRemindedNinetyAndThirtyDaysBeforeTheAgreementEnds() {
        long station = stations.recognisedCityDirect("到期提醒服务站" + System.nanoTime());
        // the fixtures' agreements are signed 2026-03-01 for 3 years: they end 2029-02-28
        LocalDate end = LocalDate.of(2029, 2, 28);
        reminders.remindOn(end.minusDays(91));
        assertThat(messages(station)).isEmpty();
        reminders.remindOn(end.minusDays(90));
        int perReminder = messages(station).size();
        assertThat(perReminder).as("the host unit and every city CAST account").isGreaterThanOrEqualTo(2);
        reminders.remindOn(end.minusDays(89));
        assertThat(messages(station)).as("once at 90 days, not again the next day").hasSize(perReminder);
        reminders.remindOn(end.minusDays(30));
        assertThat(messages(station)).hasSize(2 * perReminder);
        assertThat(recipients(station)).contains(applications.cityApplicant().accountId(),
                world.user(Role.CITY_CAST).accountId());
    }

    private List<String> messages(long station) {
        return jdbc.sql("select subject_key from notification_message where link = ?").param("/stations/" + station)
                .query(String.class).list();
    }

    private List<Long> recipients(long station) {
        return jdbc.sql("select recipient_account_id from notification_message where link = ?")
                .param("/stations/" + station).query(Long.class).list();
    }
}
