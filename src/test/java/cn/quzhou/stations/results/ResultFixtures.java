package cn.quzhou.stations.results;

import cn.quzhou.stations.testsupport.TestYears;
import cn.quzhou.stations.evaluation.EvaluationResultPublished;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.organisation.internal.AccountProvisioning;
import cn.quzhou.stations.station.StationFixtures;
import cn.quzhou.stations.testsupport.World;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Published results as the evaluation route writes them: a version-1 row of evaluation_result inserted and
 * {@link EvaluationResultPublished} published in one transaction, by the city CAST. Stations are recognised
 * city-direct stations whose recognition and agreement dates are moved to the test's own years.
 */
@Component
public class ResultFixtures {

    private final World world;
    private final StationFixtures stations;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final AccountProvisioning provisioning;
    private final UserDetailsService users;
    private final cn.quzhou.stations.shared.RecordSeals seals;
    private String secondCityCast;

    ResultFixtures(World world, StationFixtures stations, JdbcClient jdbc, TransactionTemplate tx,
            ApplicationEventPublisher events, AccountProvisioning provisioning, UserDetailsService users,
            cn.quzhou.stations.shared.RecordSeals seals) {
        this.seals = seals;
        this.world = world;
        this.stations = stations;
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.provisioning = provisioning;
        this.users = users;
    }

    /** A city-direct station recognised on {@code recognisedOn}, its agreement running three years from then. */
    public long station(String name, LocalDate recognisedOn) {
        long id = stations.recognisedCityDirect(name);
        jdbc.sql("update station set recognised_on = ?, agreement_signed_on = ?, agreement_ends_on = ? where id = ?")
                .params(Date.valueOf(recognisedOn), Date.valueOf(recognisedOn),
                        Date.valueOf(recognisedOn.plusYears(3).minusDays(1)), id).update();
        return id;
    }

    /** A station of the world's home unit in 江山市 (a county station), recognised on {@code recognisedOn}. */
    public long countyStation(String name, LocalDate recognisedOn) {
        long id = station(name, recognisedOn);
        jdbc.sql("update station set host_unit_id = ?, jurisdiction_id = ? where id = ?")
                .params(world.homeUnit.getId(), world.homeJurisdiction, id).update();
        return id;
    }

    /** Publishes version 1 of the station's result for {@code year}; answers the row's id. */
    public long publish(int year, long stationId, Grade grade, BigDecimal total) {
        TestYears.use(year);
        return PlatformUser.runAs(world.user(Role.CITY_CAST), () -> tx.execute(s -> {
            var station = jdbc.sql("select host_unit_id, jurisdiction_id, level from station where id = ?")
                    .param(stationId).query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)})
                    .single();
            String number = "衢市科协〔" + (year + 1) + "〕3号";
            LocalDate on = LocalDate.of(year + 1, 3, 1);
            String reasonKey = total == null ? "evaluation.grading.reason.notSubmitted"
                    : grade == Grade.UNQUALIFIED ? "evaluation.grading.reason.belowPassLine"
                    : "evaluation.grading.reason.outsideExcellentShare";
            String args = total == null ? null : grade == Grade.UNQUALIFIED ? total.toPlainString() + "|60" : "1|0|1";
            long id = jdbc.sql("""
                    insert into evaluation_result (year, station_id, version, station_year, host_unit_id,
                           jurisdiction_id, level, submitted, total, grade, reason_key, reason_args,
                           policy_effective_from, document_number, published_on, recorded_by, recorded_at)
                    values (?, ?, 1, 1, ?, ?, ?, ?, ?, ?, ?, ?, '2021-08-17', ?, ?, 't-city-cast', ?) returning id""")
                    .params(year, stationId, station[0], station[1], station[2], total != null, total, grade.name(),
                            reasonKey, args, number, Date.valueOf(on), Timestamp.from(Instant.now()))
                    .query(Long.class).single();
            seals.seal(cn.quzhou.stations.shared.RecordSeals.Sealed.EVALUATION_RESULT, id);   // as publication does
            events.publishEvent(new EvaluationResultPublished(id, year, stationId, 1, 1, (long) station[0],
                    (long) station[1], SocietyLevel.valueOf((String) station[2]), grade, total, number, on));
            return id;
        }));
    }

    /** Publishes the event of an existing row again, as a retried delivery would: what follows must not repeat. */
    public void republish(long resultId) {
        PlatformUser.runAs(world.user(Role.CITY_CAST), () -> tx.execute(s -> {
            EvaluationResultPublished e = jdbc.sql("select * from evaluation_result where id = ?").param(resultId)
                    .query((rs, n) -> new EvaluationResultPublished(rs.getLong("id"), rs.getInt("year"),
                            rs.getLong("station_id"), rs.getInt("version"), rs.getInt("station_year"),
                            rs.getLong("host_unit_id"), rs.getLong("jurisdiction_id"),
                            SocietyLevel.valueOf(rs.getString("level")), Grade.valueOf(rs.getString("grade")),
                            rs.getBigDecimal("total"), rs.getString("document_number"),
                            rs.getDate("published_on").toLocalDate())).single();
            events.publishEvent(e);
            return null;
        }));
    }

    /** A second city CAST account: a correction needs one to propose and another to approve. */
    public synchronized PlatformUser secondCityCast() {
        world.ensure();
        if (secondCityCast == null) {
            secondCityCast = tx.execute(s -> {
                Account a = provisioning.create("t-city-cast-2", "第二市科协", World.PASSWORD, false, null, null, null,
                        null);
                provisioning.grant(a, Role.CITY_CAST);
                return a.getUsername();
            });
        }
        return (PlatformUser) users.loadUserByUsername(secondCityCast);
    }
}
