package cn.quzhou.stations.importing.internal;

import static cn.quzhou.stations.importing.ImportColumn.optional;
import static cn.quzhou.stations.importing.ImportColumn.required;

import cn.quzhou.stations.funding.GrantHistory;
import cn.quzhou.stations.funding.ImportedPayment;
import cn.quzhou.stations.importing.ColumnType;
import cn.quzhou.stations.importing.ImportColumn;
import cn.quzhou.stations.importing.ImportKind;
import cn.quzhou.stations.importing.ImportRow;
import cn.quzhou.stations.importing.RowProblems;
import cn.quzhou.stations.shared.ImportOrigin;
import cn.quzhou.stations.station.StationHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 资助拨付（历史）: each grant instalment already paid. A payment that disagrees with the results or the policy (paid
 * for an unqualified or missing year, another amount, twice) is imported as it happened and listed by the
 * reconciliation; what a file cannot hold is refused here (an unknown station, a date in the future, one bank slip
 * entered twice).
 */
@Component
@Order(7)
class GrantHistoryImport implements ImportKind {

    private final StationHistory stations;
    private final GrantHistory grants;
    private final Clock clock;

    GrantHistoryImport(StationHistory stations, GrantHistory grants, Clock clock) {
        this.stations = stations;
        this.grants = grants;
        this.clock = clock;
    }

    @Override
    public String code() {
        return "grant-history";
    }

    @Override
    public String titleKey() {
        return "import.kind.grantHistory";
    }

    @Override
    public String permission() {
        return "history:import";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                required(HistoryStations.COLUMN, "import.column.history.station", ColumnType.TEXT, 200, "衢州示例学会服务站"),
                required("year", "import.column.history.grantYear", ColumnType.YEAR, 4, "2022"),
                required("paidOn", "import.column.history.paidOn", ColumnType.DATE, 20, "2023-05-10"),
                required("amount", "import.column.history.amount", ColumnType.AMOUNT, 20, "500000"),
                required("payer", "import.column.history.payer", ColumnType.TEXT, 100, "市本级"),
                optional("documentNumber", "import.column.history.paymentNumber", ColumnType.TEXT, 64, ""),
                required("bankReference", "import.column.history.bankReference", ColumnType.TEXT, 64, "示例流水号0001"));
    }

    @Override
    public Session open() {
        HistoryStations known = new HistoryStations(stations);
        return new Session() {
            @Override
            public List<String> allowed(String column) {
                return List.of();
            }

            @Override
            public void check(List<ImportRow> rows, RowProblems problems) {
                LocalDate today = LocalDate.now(clock);
                Dictionaries.duplicatesInFile(rows, "bankReference", String::strip, problems);
                for (ImportRow row : rows) {
                    known.of(row, problems);
                    HistoryStations.notInFuture(row, "paidOn", today, problems);
                }
            }

            @Override
            public void commit(ImportRow row, ImportOrigin origin) {
                grants.importPayment(new ImportedPayment(known.get(row).id(), Integer.parseInt(row.get("year")),
                        HistoryStations.date(row, "paidOn"), HistoryStations.decimal(row, "amount"), row.get("payer"),
                        Dictionaries.nullIfEmpty(row.get("documentNumber")), row.get("bankReference")), origin);
            }
        };
    }
}
