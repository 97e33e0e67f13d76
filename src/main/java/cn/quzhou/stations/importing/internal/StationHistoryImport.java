package cn.quzhou.stations.importing.internal;

import static cn.quzhou.stations.importing.ImportColumn.optional;
import static cn.quzhou.stations.importing.ImportColumn.required;

import cn.quzhou.stations.importing.ColumnType;
import cn.quzhou.stations.importing.ImportColumn;
import cn.quzhou.stations.importing.ImportKind;
import cn.quzhou.stations.importing.ImportRow;
import cn.quzhou.stations.importing.RowProblems;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.SocietyView;
import cn.quzhou.stations.shared.CreditCode;
import cn.quzhou.stations.shared.ImportOrigin;
import cn.quzhou.stations.station.ImportedStation;
import cn.quzhou.stations.station.StationHistory;
import cn.quzhou.stations.station.StationView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 服务站（历史）: stations recognised on paper before the platform (D8), the first of the history sheets (results,
 * grants and revocations name these stations). The unit and the society must be registered; the rules of
 * {@link StationHistory#importStation} are checked for the whole file first.
 */
@Component
@Order(5)
class StationHistoryImport implements ImportKind {

    /** 姓名/职称/专业领域/工作单位/计划驻站天数, members separated by ；or ; */
    private static final String MEMBERS = "[；;]";

    private final StationHistory history;
    private final HostUnits units;
    private final Societies societies;
    private final Dictionaries dictionaries;
    private final Clock clock;

    StationHistoryImport(StationHistory history, HostUnits units, Societies societies, Dictionaries dictionaries,
                         Clock clock) {
        this.history = history;
        this.units = units;
        this.societies = societies;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    @Override
    public String code() {
        return "station-history";
    }

    @Override
    public String titleKey() {
        return "import.kind.stationHistory";
    }

    @Override
    public String permission() {
        return "history:import";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                required("name", "import.column.history.station", ColumnType.TEXT, 200, "衢州示例学会服务站"),
                required("creditCode", "import.column.history.creditCode", ColumnType.CREDIT_CODE, 18, ""),
                required("society", "import.column.history.society", ColumnType.TEXT, 200, "中国示例学会"),
                optional("branch", "import.column.history.branch", ColumnType.TEXT, 200, ""),
                required("level", "import.column.history.level", ColumnType.CHOICE, 20, null),
                required("documentNumber", "import.column.history.recognitionNumber", ColumnType.TEXT, 64,
                        "衢市科协〔2021〕30号"),
                required("recognisedOn", "import.column.history.recognisedOn", ColumnType.DATE, 20, "2021-10-15"),
                required("agreementSignedOn", "import.column.history.agreementSignedOn", ColumnType.DATE, 20,
                        "2021-09-01"),
                required("agreementEndsOn", "import.column.history.agreementEndsOn", ColumnType.DATE, 20, "2024-08-31"),
                optional("responsibleName", "import.column.history.responsibleName", ColumnType.TEXT, 50, "张三"),
                optional("responsibleTitle", "import.column.history.responsibleTitle", ColumnType.TEXT, 50, "主任"),
                optional("responsiblePhone", "import.column.history.responsiblePhone", ColumnType.PHONE, 40,
                        "13800000000"),
                optional("experts", "import.column.history.experts", ColumnType.TEXT, 2000,
                        "王五/教授/新材料/示例大学/40；赵六/研究员/化工/示例研究院/30"));
    }

    @Override
    public Session open() {
        return new StationSession(dictionaries.labels(SocietyLevel.class), history.byName().keySet(),
                history.societiesWithStation(), societies.idsByName());
    }

    private final class StationSession implements Session {

        private final Map<String, SocietyLevel> levels;
        private final Set<String> stationNames;
        private final Set<Long> societiesWithStation;
        private final Map<String, Long> societyIds;
        private final Map<Long, SocietyView> societyViews = new HashMap<>();
        private Map<String, Long> unitIds = Map.of();

        StationSession(Map<String, SocietyLevel> levels, Set<String> stationNames, Set<Long> societiesWithStation,
                       Map<String, Long> societyIds) {
            this.levels = levels;
            this.stationNames = stationNames;
            this.societiesWithStation = societiesWithStation;
            this.societyIds = societyIds;
        }

        @Override
        public List<String> allowed(String column) {
            return "level".equals(column) ? List.copyOf(levels.keySet()) : List.of();
        }

        @Override
        public void check(List<ImportRow> rows, RowProblems problems) {
            Dictionaries.duplicatesInFile(rows, "name", String::strip, problems);
            Dictionaries.duplicatesInFile(rows, "society", String::strip, problems);
            unitIds = units.idsByCreditCode(rows.stream().filter(r -> !problems.has(r, "creditCode"))
                    .map(r -> CreditCode.normalise(r.get("creditCode"))).collect(Collectors.toSet()));
            LocalDate today = LocalDate.now(clock);
            for (ImportRow row : rows) {
                if (!problems.has(row, "name") && stationNames.contains(row.get("name"))) {
                    problems.add(row, "name", "history.error.duplicateStation");
                }
                if (!problems.has(row, "creditCode") && !unitIds.containsKey(CreditCode.normalise(row.get("creditCode")))) {
                    problems.add(row, "creditCode", "import.error.unknownUnit");
                }
                society(row, problems);
                agreement(row, problems);
                HistoryStations.notInFuture(row, "recognisedOn", today, problems);
                if (!problems.has(row, "experts") && experts(row).isEmpty()) {
                    problems.add(row, "experts", "history.error.experts");
                }
            }
        }

        private void society(ImportRow row, RowProblems problems) {
            if (problems.has(row, "society")) {
                return;
            }
            Long id = societyIds.get(row.get("society"));
            if (id == null) {
                problems.add(row, "society", "history.error.unknownSociety");
                return;
            }
            if (societiesWithStation.contains(id)) {
                problems.add(row, "society", "history.error.societyHasStation", row.get("society"));
            }
            SocietyView s = societyViews.computeIfAbsent(id, k -> societies.byId(k).orElseThrow());
            if (!problems.has(row, "level") && levels.get(row.get("level")) != s.level()) {
                problems.add(row, "level", "history.error.levelMismatch", s.name());
            }
        }

        private void agreement(ImportRow row, RowProblems problems) {
            if (!problems.has(row, "agreementSignedOn") && !problems.has(row, "agreementEndsOn")
                    && !HistoryStations.date(row, "agreementEndsOn").isAfter(HistoryStations.date(row, "agreementSignedOn"))) {
                problems.add(row, "agreementEndsOn", "history.error.agreementPeriod");
            }
        }

        @Override
        public void commit(ImportRow row, ImportOrigin origin) {
            history.importStation(new ImportedStation(row.get("name"), levels.get(row.get("level")),
                    unitIds.get(CreditCode.normalise(row.get("creditCode"))), societyIds.get(row.get("society")),
                    Dictionaries.nullIfEmpty(row.get("branch")), row.get("documentNumber"),
                    HistoryStations.date(row, "recognisedOn"), HistoryStations.date(row, "agreementSignedOn"),
                    HistoryStations.date(row, "agreementEndsOn"), Dictionaries.nullIfEmpty(row.get("responsibleName")),
                    Dictionaries.nullIfEmpty(row.get("responsibleTitle")),
                    Dictionaries.nullIfEmpty(row.get("responsiblePhone")), experts(row).orElseThrow()), origin);
        }
    }

    /** The team as typed; empty (a problem) when a member is not 姓名/职称/领域/单位/天数 with a whole number of days. */
    static Optional<List<StationView.TeamMember>> experts(ImportRow row) {
        List<StationView.TeamMember> team = new ArrayList<>();
        for (String member : row.get("experts").split(MEMBERS)) {
            if (member.isBlank()) {
                continue;
            }
            String[] p = member.strip().split("/", -1);
            if (p.length != 5 || p[0].isBlank() || p[0].strip().length() > 50 || p[1].strip().length() > 100
                    || p[2].strip().length() > 100 || p[3].strip().length() > 200 || !p[4].strip().matches("\\d{0,3}")) {
                return Optional.empty();
            }
            team.add(new StationView.TeamMember(p[0].strip(), blankToNull(p[1]), blankToNull(p[2]), blankToNull(p[3]),
                    p[4].isBlank() ? null : Integer.valueOf(p[4].strip())));
        }
        return Optional.of(team);
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
