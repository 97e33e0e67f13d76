package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.station.EvidenceKind;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Small helpers to write station years in tests. */
final class Years {

    static final int YEAR = 2023;
    private static final AtomicLong IDS = new AtomicLong(1000);

    private Years() {
    }

    static LocalDate day(int dayOfYear) {
        return LocalDate.ofYearDay(YEAR, dayOfYear);
    }

    static StationYear.Builder station(long id) {
        return StationYear.of(id, YEAR);
    }

    static Evidence event(EvidenceKind kind) {
        return Evidence.of(IDS.incrementAndGet(), kind, day(100));
    }

    static Evidence attended(EvidenceKind kind, int attendance) {
        return Evidence.attended(IDS.incrementAndGet(), kind, day(100), attendance);
    }

    static Evidence levelled(EvidenceKind kind, Level level) {
        return Evidence.levelled(IDS.incrementAndGet(), kind, day(100), level);
    }
}
