package cn.quzhou.stations.importing.internal;

import cn.quzhou.stations.importing.ImportRow;
import cn.quzhou.stations.importing.RowProblems;
import cn.quzhou.stations.station.StationHistory;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The stations a history sheet names (服务站名称), looked up once per preview or commit: a row naming no station, or a
 * name two stations share, is reported at its station cell. The stations sheet is imported first.
 */
final class HistoryStations {

    static final String COLUMN = "station";

    private final Map<String, StationHistory.Known> byName;

    HistoryStations(StationHistory history) {
        this.byName = history.byName();
    }

    /** The row's station, or empty with the problem reported. */
    Optional<StationHistory.Known> of(ImportRow row, RowProblems problems) {
        if (problems.has(row, COLUMN)) {
            return Optional.empty();
        }
        StationHistory.Known k = byName.get(row.get(COLUMN));
        if (k == null) {
            problems.add(row, COLUMN, "history.error.unknownStation");
        } else if (k == StationHistory.Known.AMBIGUOUS) {
            problems.add(row, COLUMN, "history.error.ambiguousStation");
        }
        return k == null || k == StationHistory.Known.AMBIGUOUS ? Optional.empty() : Optional.of(k);
    }

    /** The station of a row that passed {@link #of} (at commit). */
    StationHistory.Known get(ImportRow row) {
        return byName.get(row.get(COLUMN));
    }

    /** A date after today is not history. */
    static void notInFuture(ImportRow row, String column, LocalDate today, RowProblems problems) {
        if (!problems.has(row, column) && row.has(column)
                && CellChecks.date(row.get(column)).map(d -> d.isAfter(today)).orElse(false)) {
            problems.add(row, column, "history.error.future");
        }
    }

    static LocalDate date(ImportRow row, String column) {
        return CellChecks.date(row.get(column)).orElseThrow();
    }

    static java.math.BigDecimal decimal(ImportRow row, String column) {
        return row.has(column) ? CellChecks.decimal(row.get(column)).orElseThrow() : null;
    }
}
