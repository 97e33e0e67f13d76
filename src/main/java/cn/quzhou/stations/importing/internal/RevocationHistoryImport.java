package cn.quzhou.stations.importing.internal;

import static cn.quzhou.stations.importing.ImportColumn.optional;
import static cn.quzhou.stations.importing.ImportColumn.required;

import cn.quzhou.stations.funding.GrantHistory;
import cn.quzhou.stations.importing.ColumnType;
import cn.quzhou.stations.importing.ImportColumn;
import cn.quzhou.stations.importing.ImportKind;
import cn.quzhou.stations.importing.ImportRow;
import cn.quzhou.stations.importing.RowProblems;
import cn.quzhou.stations.shared.ImportOrigin;
import cn.quzhou.stations.station.RevocationCause;
import cn.quzhou.stations.station.RevocationCommand;
import cn.quzhou.stations.station.Revocations;
import cn.quzhou.stations.station.StationHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 撤销与追缴（历史）: revocations decided on paper and the repayments of their clawbacks. A station's first row carries
 * its revocation (cause, reason, document, date) and may carry a repayment; each further row of the same station
 * carries one more repayment and leaves the revocation cells empty. The clawback opens at the revocation for all that
 * was paid (imported payments included), so the grants sheet comes before this one.
 */
@Component
@Order(8)
class RevocationHistoryImport implements ImportKind {

    private static final List<String> REVOCATION = List.of("cause", "reason", "documentNumber", "decidedOn");
    private static final List<String> REPAYMENT = List.of("repaidOn", "repaidAmount", "repaymentReference");

    private final StationHistory stations;
    private final Revocations revocations;
    private final GrantHistory grants;
    private final Dictionaries dictionaries;
    private final Clock clock;

    RevocationHistoryImport(StationHistory stations, Revocations revocations, GrantHistory grants,
                            Dictionaries dictionaries, Clock clock) {
        this.stations = stations;
        this.revocations = revocations;
        this.grants = grants;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    @Override
    public String code() {
        return "revocation-history";
    }

    @Override
    public String titleKey() {
        return "import.kind.revocationHistory";
    }

    @Override
    public String permission() {
        return "history:import";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                required(HistoryStations.COLUMN, "import.column.history.station", ColumnType.TEXT, 200, "衢州示例学会服务站"),
                optional("cause", "import.column.history.cause", ColumnType.CHOICE, 100, null),
                optional("reason", "import.column.history.reason", ColumnType.TEXT, 2000, "连续两年绩效考核不合格"),
                optional("documentNumber", "import.column.history.revocationNumber", ColumnType.TEXT, 64,
                        "衢市科协〔2024〕12号"),
                optional("decidedOn", "import.column.history.decidedOn", ColumnType.DATE, 20, "2024-06-30"),
                optional("repaidOn", "import.column.history.repaidOn", ColumnType.DATE, 20, "2024-09-30"),
                optional("repaidAmount", "import.column.history.repaidAmount", ColumnType.AMOUNT, 20, "250000"),
                optional("repaymentReference", "import.column.history.repaymentReference", ColumnType.TEXT, 64,
                        "示例还款0001"));
    }

    @Override
    public Session open() {
        Map<String, RevocationCause> causes = dictionaries.labels(RevocationCause.class, "revocation.cause.");
        HistoryStations known = new HistoryStations(stations);
        Set<Integer> revokingRows = new HashSet<>();
        return new Session() {
            @Override
            public List<String> allowed(String column) {
                return "cause".equals(column) ? List.copyOf(causes.keySet()) : List.of();
            }

            @Override
            public void check(List<ImportRow> rows, RowProblems problems) {
                LocalDate today = LocalDate.now(clock);
                Set<Long> seen = new HashSet<>();
                Dictionaries.duplicatesInFile(rows, "repaymentReference", String::strip, problems);
                for (ImportRow row : rows) {
                    HistoryStations.notInFuture(row, "decidedOn", today, problems);
                    HistoryStations.notInFuture(row, "repaidOn", today, problems);
                    allOrNone(row, REPAYMENT, problems);
                    var station = known.of(row, problems);
                    if (station.isEmpty()) {
                        continue;
                    }
                    if (seen.add(station.get().id())) {
                        revokingRows.add(row.number());
                        REVOCATION.stream().filter(c -> !row.has(c) && !problems.has(row, c))
                                .forEach(c -> problems.add(row, c, "import.error.required"));
                        if (station.get().revoked()) {
                            problems.add(row, HistoryStations.COLUMN, "revocation.error.notActive");
                        }
                    } else {
                        REVOCATION.stream().filter(row::has).forEach(c -> problems.add(row, c, "history.error.revokedAbove"));
                        if (!row.has("repaidOn") && !problems.has(row, "repaidOn")) {
                            problems.add(row, "repaidOn", "import.error.required");
                        }
                    }
                }
            }

            @Override
            public void commit(ImportRow row, ImportOrigin origin) {
                long station = known.get(row).id();
                if (revokingRows.contains(row.number())) {
                    revocations.imported(station, new RevocationCommand(causes.get(row.get("cause")), row.get("reason"),
                            row.get("documentNumber"), HistoryStations.date(row, "decidedOn")), origin);
                }
                if (row.has("repaidOn")) {
                    grants.importRepayment(station, HistoryStations.date(row, "repaidOn"),
                            HistoryStations.decimal(row, "repaidAmount"), row.get("repaymentReference"), origin);
                }
            }
        };
    }

    /** A repayment is its date, amount and reference together: a partial one is reported at each empty cell. */
    private static void allOrNone(ImportRow row, List<String> columns, RowProblems problems) {
        if (columns.stream().anyMatch(row::has)) {
            columns.stream().filter(c -> !row.has(c) && !problems.has(row, c))
                    .forEach(c -> problems.add(row, c, "import.error.required"));
        }
    }
}
