package cn.quzhou.stations.importing.internal;

import static cn.quzhou.stations.importing.ImportColumn.optional;
import static cn.quzhou.stations.importing.ImportColumn.required;

import cn.quzhou.stations.evaluation.ImportedResult;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.importing.ColumnType;
import cn.quzhou.stations.importing.ImportColumn;
import cn.quzhou.stations.importing.ImportKind;
import cn.quzhou.stations.importing.ImportRow;
import cn.quzhou.stations.importing.RowProblems;
import cn.quzhou.stations.results.ResultHistory;
import cn.quzhou.stations.shared.ImportOrigin;
import cn.quzhou.stations.station.StationHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 考核结果（历史）: each past year's published result of an imported (or any) station. A station's n-th evaluation
 * year is counted over its results already on the platform and the file's together, so the rows may come in any
 * order; a row earlier than a result already on the platform would renumber that one, and is refused.
 */
@Component
@Order(6)
class ResultHistoryImport implements ImportKind {

    private final StationHistory stations;
    private final ResultHistory results;
    private final Dictionaries dictionaries;
    private final Clock clock;

    ResultHistoryImport(StationHistory stations, ResultHistory results, Dictionaries dictionaries, Clock clock) {
        this.stations = stations;
        this.results = results;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    @Override
    public String code() {
        return "result-history";
    }

    @Override
    public String titleKey() {
        return "import.kind.resultHistory";
    }

    @Override
    public String permission() {
        return "history:import";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                required(HistoryStations.COLUMN, "import.column.history.station", ColumnType.TEXT, 200, "衢州示例学会服务站"),
                required("year", "import.column.history.year", ColumnType.YEAR, 4, "2022"),
                required("grade", "import.column.history.grade", ColumnType.CHOICE, 20, null),
                optional("total", "import.column.history.total", ColumnType.SCORE, 10, "85.5"),
                required("documentNumber", "import.column.history.resultNumber", ColumnType.TEXT, 64,
                        "衢市科协〔2023〕5号"),
                required("publishedOn", "import.column.history.publishedOn", ColumnType.DATE, 20, "2023-03-20"));
    }

    @Override
    public Session open() {
        return new ResultSession(dictionaries.labels(Grade.class, "evaluation.grade."), new HistoryStations(stations),
                results.stationYears());
    }

    private final class ResultSession implements Session {

        private final Map<String, Grade> grades;
        private final HistoryStations known;
        private final Map<Long, SortedMap<Integer, Integer>> existing;
        private final Map<Integer, Integer> stationYearOfRow = new HashMap<>();

        ResultSession(Map<String, Grade> grades, HistoryStations known, Map<Long, SortedMap<Integer, Integer>> existing) {
            this.grades = grades;
            this.known = known;
            this.existing = existing;
        }

        @Override
        public List<String> allowed(String column) {
            return "grade".equals(column) ? List.copyOf(grades.keySet()) : List.of();
        }

        @Override
        public void check(List<ImportRow> rows, RowProblems problems) {
            LocalDate today = LocalDate.now(clock);
            Map<Long, TreeSet<Integer>> fileYears = new HashMap<>();
            Map<String, Integer> firstOf = new HashMap<>();
            for (ImportRow row : rows) {
                HistoryStations.notInFuture(row, "publishedOn", today, problems);
                var station = known.of(row, problems);
                if (station.isEmpty() || problems.has(row, "year")) {
                    continue;
                }
                int year = Integer.parseInt(row.get("year"));
                SortedMap<Integer, Integer> onPlatform = existing.getOrDefault(station.get().id(), new TreeMap<>());
                Integer earlier = firstOf.putIfAbsent(station.get().id() + ":" + year, row.number());
                if (earlier != null) {
                    problems.add(row, "year", "import.error.duplicateInFile", earlier);
                } else if (year < station.get().recognisedOn().getYear()) {
                    problems.add(row, "year", "history.error.beforeRecognition", station.get().recognisedOn());
                } else if (onPlatform.containsKey(year)) {
                    problems.add(row, "year", "history.error.resultExists", year);
                } else if (!onPlatform.isEmpty() && onPlatform.lastKey() > year) {
                    problems.add(row, "year", "history.error.laterResultExists", onPlatform.lastKey());
                } else {
                    fileYears.computeIfAbsent(station.get().id(), k -> new TreeSet<>()).add(year);
                }
            }
            numberYears(rows, problems, fileYears);
        }

        /** Each row's station year: on from the platform's last one, 1 + the file's earlier years of the station. */
        private void numberYears(List<ImportRow> rows, RowProblems problems, Map<Long, TreeSet<Integer>> fileYears) {
            for (ImportRow row : rows) {
                if (problems.has(row, HistoryStations.COLUMN) || problems.has(row, "year")) {
                    continue;
                }
                long id = known.get(row).id();
                int year = Integer.parseInt(row.get("year"));
                SortedMap<Integer, Integer> onPlatform = existing.getOrDefault(id, new TreeMap<>());
                // the file's years all follow the platform's (an earlier one was refused above)
                int before = (onPlatform.isEmpty() ? 0 : onPlatform.get(onPlatform.lastKey()))
                        + fileYears.get(id).headSet(year).size();
                stationYearOfRow.put(row.number(), before + 1);
            }
        }

        @Override
        public void commit(ImportRow row, ImportOrigin origin) {
            results.importResult(new ImportedResult(known.get(row).id(), Integer.parseInt(row.get("year")),
                    stationYearOfRow.get(row.number()), grades.get(row.get("grade")),
                    HistoryStations.decimal(row, "total"), row.get("documentNumber"),
                    HistoryStations.date(row, "publishedOn")), origin);
        }
    }
}
