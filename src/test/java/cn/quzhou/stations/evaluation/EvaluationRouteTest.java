package cn.quzhou.stations.evaluation;

import static cn.quzhou.stations.evaluation.EvaluationFixtures.noon;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the tests that walk the evaluation route: their own evaluation years, a clock put on the day each step
 * happens and put back after the test (every test class shares it), and the route's steps as one-liners.
 */
abstract class EvaluationRouteTest extends PlatformTest {

    @Autowired
    protected EvaluationFixtures fixtures;

    @Autowired
    protected SelfReports reports;

    @Autowired
    protected EvaluationRounds rounds;

    @Autowired
    protected EvaluationScoring scoring;

    private Instant before;

    @AfterEach
    void restoreClock() {
        if (before != null) {
            clock.set(before);
            before = null;
        }
    }

    /** Puts the shared clock at noon (Beijing) of {@code day} until the test ends. */
    protected void today(LocalDate day) {
        Instant previous = clock.set(noon(day));
        if (before == null) {
            before = previous;
        }
    }

    /** {@code role} decides the step the report is at (county check, county forwarding, or the city's). */
    protected void decide(Role role, long report, RouteDecision decision, String opinion) {
        RouteCommand c = new RouteCommand(decision, opinion, fixtures.version(report));
        as(world.user(role), () -> switch (role) {
            case COUNTY_CAST -> reports.countyCheck(report, c);
            case COUNTY_TALENT -> reports.countyForward(report, c);
            default -> reports.cityDecision(report, c);
        });
    }

    protected SelfReportStatus status(long report) {
        return cast(() -> reports.get(report).status());
    }

    /** Runs {@code action} as the city CAST. */
    protected <T> T cast(Supplier<T> action) {
        return as(world.user(Role.CITY_CAST), action);
    }
}
