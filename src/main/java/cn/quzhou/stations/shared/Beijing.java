package cn.quzhou.stations.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The programme runs on Beijing time: deadlines, notice periods, due dates, document dates and the year an act falls
 * in are dates there, whatever zone the server runs in. The one place that names the zone
 * ({@code ArchitectureRulesTests} refuses {@code ZoneId.of} anywhere else).
 */
public final class Beijing {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Beijing() {
    }

    /** Today's date in Beijing by the platform's clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** The Beijing date of an instant. */
    public static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
