package cn.quzhou.stations.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The demo's system clock: real time plus an offset. While the demo programme is built the offset puts "now" on the
 * day being played (2022 … today) and time flows from there, so every rule sees the dates it would have seen; once
 * built the offset is zero and the clock is the system clock.
 */
final class DemoClock extends Clock {

    /** The machine's time, which the offset shifts: the one real clock of the demo. */
    private static final Clock SYSTEM = Clock.systemUTC();

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    DemoClock(ZoneId zone) {
        this(zone, new AtomicReference<>(Duration.ZERO));
    }

    private DemoClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    /** Puts "now" at 09:00 (Beijing) of {@code day}; time runs on from there. */
    void moveTo(LocalDate day) {
        Instant target = day.atTime(9, 0).atZone(zone).toInstant();
        offset.set(Duration.between(SYSTEM.instant(), target));
    }

    /** Back to real time (offset zero). */
    void release() {
        offset.set(Duration.ZERO);
    }

    /** The day "now" is on, in the programme's time zone. */
    LocalDate today() {
        return LocalDate.ofInstant(instant(), zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock seen from another zone: it moves with this one. */
    @Override
    public Clock withZone(ZoneId z) {
        return new DemoClock(z, offset);
    }

    @Override
    public Instant instant() {
        return SYSTEM.instant().plus(offset.get());
    }
}
