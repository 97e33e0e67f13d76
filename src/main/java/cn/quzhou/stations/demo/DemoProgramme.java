package cn.quzhou.stations.demo;

import cn.quzhou.stations.demo.DemoCatalogue.Entry;
import cn.quzhou.stations.demo.DemoEvaluation.Effort;
import cn.quzhou.stations.station.Stations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Builds the demo programme once into the data directory, after the demo accounts ({@code DemoData}, order 10) and
 * before the two submitted applications of {@code ApplicationDemoData} (order 20, made at today's date). Four years
 * are played in date order under the {@link DemoClock}: a recognition batch each spring (2022–2025), each year's
 * evaluation in the following January to March, grants paid in June and spent over the summer, one rectification, one
 * revocation with its clawback partly repaid; then the running year. A restart finds the stations and skips it all.
 */
@Component
@Order(15)
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
class DemoProgramme implements ApplicationRunner {

    static final int FIRST_YEAR = 2022;
    static final int LAST_PUBLISHED_YEAR = 2025;

    private static final Logger log = LoggerFactory.getLogger(DemoProgramme.class);

    private final DemoActors actors;
    private final DemoClock clock;
    private final DemoParties parties;
    private final DemoRecognition recognition;
    private final DemoEvaluation evaluation;
    private final DemoFunding funding;
    private final DemoOpenYear openYear;
    private final Stations stations;
    private final Map<String, Long> ids = new HashMap<>();

    DemoProgramme(DemoActors actors, DemoClock clock, DemoParties parties, DemoRecognition recognition,
                  DemoEvaluation evaluation, DemoFunding funding, DemoOpenYear openYear, Stations stations) {
        this.actors = actors;
        this.clock = clock;
        this.parties = parties;
        this.recognition = recognition;
        this.evaluation = evaluation;
        this.funding = funding;
        this.openYear = openYear;
        this.stations = stations;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accountsReady() || actors.as("city-cast", () -> !stations.list().isEmpty())) {
            return;
        }
        LocalDate today = clock.today();
        long started = System.nanoTime();
        try {
            build(today);
        } finally {
            clock.release();
        }
        log.info("Demo programme built in {} s: {} stations, {}–{} published, {} open",
                (System.nanoTime() - started) / 1_000_000_000, ids.size(), FIRST_YEAR, LAST_PUBLISHED_YEAR,
                today.getYear());
    }

    /** A data directory made before the demo programme existed lacks its accounts: it is left as it is. */
    private boolean accountsReady() {
        try {
            actors.user("expert-li");
            return true;
        } catch (UsernameNotFoundException older) {
            log.warn("Demo programme skipped: this data directory predates it (delete it to see the demo programme)");
            return false;
        }
    }

    private void build(LocalDate today) {
        clock.moveTo(LocalDate.of(FIRST_YEAR, 1, 4));
        parties.register();
        ids.putAll(recognition.batch(FIRST_YEAR, batch(FIRST_YEAR)));
        for (int year = FIRST_YEAR + 1; year <= LAST_PUBLISHED_YEAR + 1; year++) {
            log.info("Demo programme: playing {} (the {} evaluation, then the spring batch)", year, year - 1);
            evaluate(year - 1);
            if (year <= LAST_PUBLISHED_YEAR) {
                ids.putAll(recognition.batch(year, batch(year)));
                followUp(year);
                pay(year - 1, LocalDate.of(year, 6, 10));
            }
        }
        openYear.play(today);
        Entry running = entry(DemoCatalogue.STATIONS.get(0).society());
        evaluation.recordRunningYear(running, ids.get(running.society()), today.getYear(), today.minusDays(1));
    }

    /** Each year's failures: one rectified, one revoked after two years, one still rectifying; a tie in 2024. */
    private void evaluate(int year) {
        Map<String, Effort> efforts = switch (year) {
            case 2022 -> Map.of(DemoCatalogue.RECTIFIED, Effort.WEAK);
            case 2023 -> Map.of(DemoCatalogue.REVOKED, Effort.WEAK);
            case 2024 -> Map.of(DemoCatalogue.REVOKED, Effort.ABSENT);
            default -> Map.of(DemoCatalogue.RECTIFYING, Effort.WEAK);
        };
        evaluation.play(year, ids, participants(year), efforts, year == 2024);
    }

    /** After the spring batch: the 2022 rectification is reported and accepted; in 2025 the revocation. */
    private void followUp(int year) {
        if (year == 2023) {
            evaluation.rectify(entry(DemoCatalogue.RECTIFIED), 2022, LocalDate.of(year, 5, 25),
                    LocalDate.of(year, 5, 29));
        }
        if (year == 2025) {
            funding.revoke(ids.get(DemoCatalogue.REVOKED), LocalDate.of(year, 5, 26));
        }
    }

    private void pay(int year, LocalDate paidOn) {
        if (year == LAST_PUBLISHED_YEAR) {
            return; // the last published year's grants stay due: the city CAST's to-do
        }
        funding.payDue(year, paidOn).forEach(i -> funding.spend(entryOf(i.stationId()), i.stationId(), paidOn));
        if (year == 2024) {
            funding.repayPart(ids.get(DemoCatalogue.REVOKED), LocalDate.of(2025, 11, 3), "200000.00");
        }
    }

    private List<Entry> participants(int year) {
        List<Entry> due = new ArrayList<>();
        for (Entry e : DemoCatalogue.STATIONS) {
            boolean revoked = e.society().equals(DemoCatalogue.REVOKED) && year > 2024;
            if (e.batch() <= year && !revoked) {
                due.add(e);
            }
        }
        return due;
    }

    private static List<Entry> batch(int year) {
        return DemoCatalogue.STATIONS.stream().filter(e -> e.batch() == year).toList();
    }

    private static Entry entry(String society) {
        return DemoCatalogue.STATIONS.stream().filter(e -> e.society().equals(society)).findFirst().orElseThrow();
    }

    private Entry entryOf(long stationId) {
        return ids.entrySet().stream().filter(x -> x.getValue() == stationId).map(x -> entry(x.getKey())).findFirst()
                .orElseThrow();
    }
}
