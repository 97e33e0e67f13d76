package cn.quzhou.stations.funding;

import cn.quzhou.stations.testsupport.TestYears;
import static cn.quzhou.stations.application.ApplicationFixtures.as;
import static cn.quzhou.stations.application.ApplicationFixtures.pass;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.application.NoticeFixtures;
import cn.quzhou.stations.application.PanelFixtures;
import cn.quzhou.stations.application.JointRecognitionSteps;
import cn.quzhou.stations.application.recognition.RecogniseCommand;
import cn.quzhou.stations.application.recognition.Recognitions;
import cn.quzhou.stations.evaluation.EvaluationResultPublished;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.organisation.internal.AccountProvisioning;
import cn.quzhou.stations.station.StationFixtures;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import cn.quzhou.stations.testsupport.World;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stations for the grant tests — city-direct national ({@link StationFixtures}), city-direct provincial, and a 江山市
 * county one through the county route — with their recognition and agreement moved into the funding tests' years
 * (2080-2099), results published as the evaluation module publishes them (the event in a transaction), a second
 * city CAST account for approvals, and disbursements recorded and approved.
 */
@Component
public class FundingFixtures {

    /** Result ids for the events: far above anything the evaluation module's sequence hands out in a test run. */
    private static final AtomicLong RESULT_IDS = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000_000L);

    private final World world;
    private final ApplicationFixtures applications;
    private final NoticeFixtures notices;
    private final PanelFixtures panels;
    private final StationFixtures stations;
    private final Applications facade;
    private final Recognitions recognitions;
    private final Stations registry;
    private final Grants grants;
    private final Clawbacks clawbacks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final AccountProvisioning provisioning;
    private final UserDetailsService users;
    private final Clock clock;
    private String secondCityCast;

    FundingFixtures(World world, ApplicationFixtures applications, NoticeFixtures notices, PanelFixtures panels,
                    StationFixtures stations,
                    Applications facade, Recognitions recognitions, Stations registry,
                    Grants grants, Clawbacks clawbacks, ApplicationEventPublisher events, TransactionTemplate tx, JdbcClient jdbc,
                    AccountProvisioning provisioning, UserDetailsService users, Clock clock) {
        this.world = world;
        this.applications = applications;
        this.notices = notices;
        this.panels = panels;
        this.stations = stations;
        this.facade = facade;
        this.recognitions = recognitions;
        this.registry = registry;
        this.grants = grants;
        this.clawbacks = clawbacks;
        this.events = events;
        this.tx = tx;
        this.jdbc = jdbc;
        this.provisioning = provisioning;
        this.users = users;
        this.clock = clock;
    }

    /** A recognised city-direct national station (its applicant: {@link ApplicationFixtures#cityApplicant()}). */
    public long national(String name) {
        return inFundingYears(stations.recognisedCityDirect(name));
    }

    /** A recognised city-direct provincial station. */
    public long provincial(String name) {
        world.ensure();
        long app = notices.inPublicNotice(name, applications.newSociety(SocietyLevel.PROVINCIAL));
        return recognise(app);
    }

    /** A recognised national station of the world's 江山市 unit (its applicant: the world's APPLICANT). */
    public long jiangshan(String name) {
        world.ensure();
        long id = applications.submittedHome(name, applications.newSociety(SocietyLevel.NATIONAL));
        decide(Role.COUNTY_CAST, id);
        decide(Role.COUNTY_TALENT, id);
        decide(Role.CITY_CAST, id);
        panels.passedByAPanel(id);
        decide(Role.CITY_TALENT, id);
        return recognise(id);
    }

    /** Publishes a result of {@code station} as the evaluation module does: the event inside a transaction. */
    public EvaluationResultPublished publish(long station, int year, int version, int stationYear, Grade grade) {
        TestYears.use(year);
        StationView s = as(world.user(Role.CITY_CAST), () -> registry.get(station));
        EvaluationResultPublished event = new EvaluationResultPublished(RESULT_IDS.incrementAndGet(), year, station,
                version, stationYear, s.hostUnitId(), s.jurisdictionId(), s.level(), grade,
                grade == Grade.UNQUALIFIED ? new BigDecimal("52.00") : new BigDecimal("78.50"),
                "衢市科协〔" + year + "〕" + (3 + version) + "号", LocalDate.of(year + 1, 3, 1));
        tx.executeWithoutResult(t -> events.publishEvent(event));
        return event;
    }

    public void revoke(long station) {
        stations.revoke(station);
    }

    /** A ledger's entries oldest first, a page of up to 100 (what the tests' ledgers hold). */
    public static final cn.quzhou.stations.shared.ListRequest ALL_ENTRIES =
            cn.quzhou.stations.shared.ListRequest.of(null, 100, "recorded,asc", null);

    /** The id of the station's clawback (read as the signed-in user). */
    public long clawbackOf(long station) {
        return clawbacks.ofStation(station).orElseThrow().id();
    }

    public InstalmentView instalment(long station, int year) {
        return as(world.user(Role.CITY_CAST), () -> grants.of(station, year)).orElseThrow();
    }

    public List<InstalmentView> instalments(long station) {
        return as(world.user(Role.CITY_CAST), () -> grants.ofStation(station));
    }

    /** Records the instalment's disbursement as the world's city CAST and approves it as the second one. */
    public PaymentView pay(long station, int year) {
        InstalmentView i = instalment(station, year);
        PaymentView recorded = as(world.user(Role.CITY_CAST), () -> grants.record(i.id(), payment(i.amount()),
                UUID.randomUUID().toString()));
        return as(secondCityCast(), () -> grants.approve(recorded.id()));
    }

    public PaymentCommand payment(BigDecimal amount) {
        return new PaymentCommand(LocalDate.now(clock), amount, "衢财拨〔2026〕1号", "BANK-" + UUID.randomUUID());
    }

    /** A second city CAST official (the approver of the world's CITY_CAST's disbursements). */
    public PlatformUser secondCityCast() {
        world.ensure();
        synchronized (this) {
            if (secondCityCast == null) {
                secondCityCast = tx.execute(s -> {
                    Account a = provisioning.create("t-funding-city-cast-2", "市科协复核员", World.PASSWORD, false, null, null,
                            null, null);
                    provisioning.grant(a, Role.CITY_CAST);
                    return a.getUsername();
                });
            }
        }
        return (PlatformUser) users.loadUserByUsername(secondCityCast);
    }

    private long recognise(long app) {
        long notice = notices.ended(List.of(app));
        JointRecognitionSteps.recognise(world, recognitions, notice, new RecogniseCommand(null, null, null));
        return inFundingYears(jdbc.sql("select id from station where application_id = ?").param(app)
                .query(Long.class).single());
    }

    /** Moves the station's recognition and agreement into 2080-2099, where only the funding tests evaluate. */
    private long inFundingYears(long station) {
        jdbc.sql("""
                update station set recognised_on = date '2079-12-01', agreement_signed_on = date '2079-12-01',
                                   agreement_ends_on = date '2099-12-31' where id = ?""")
                .param(station).update();
        return station;
    }

    private void decide(Role role, long id) {
        as(world.user(role), () -> {
            facade.decide(id, pass(notices.version(id)));
            return null;
        });
    }
}
