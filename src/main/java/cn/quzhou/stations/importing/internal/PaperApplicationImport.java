package cn.quzhou.stations.importing.internal;

import cn.quzhou.stations.application.ApplicationDraft;
import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.application.ExpertMember;
import cn.quzhou.stations.importing.ImportColumn;
import cn.quzhou.stations.importing.ImportKind;
import cn.quzhou.stations.importing.ImportRow;
import cn.quzhou.stations.importing.RowProblems;
import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.CreditCode;
import cn.quzhou.stations.shared.ImportOrigin;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 纸质申请书（附件1）: each row is one paper application entered on a unit's behalf through
 * {@link Applications#startPaperDraft}, exactly as the single paper entry does — a draft marked as paper, which the
 * staff member then reviews and submits. The unit (by credit code, within the importer's scope) and the society (by
 * name) must be registered; the unit's own fields (legal representative, address, nature, fields) come from its
 * registration, as the paper form prefills them.
 */
@Component
@Order(9)
class PaperApplicationImport implements ImportKind {

    private final Applications applications;
    private final HostUnits units;
    private final Societies societies;
    private final Dictionaries dictionaries;

    PaperApplicationImport(Applications applications, HostUnits units, Societies societies, Dictionaries dictionaries) {
        this.applications = applications;
        this.units = units;
        this.societies = societies;
        this.dictionaries = dictionaries;
    }

    @Override
    public String code() {
        return "paper-applications";
    }

    @Override
    public String titleKey() {
        return "import.kind.paperApplications";
    }

    @Override
    public String permission() {
        return "application:enter-paper";
    }

    @Override
    public List<ImportColumn> columns() {
        return PaperColumns.ALL;
    }

    @Override
    public Session open() {
        return new PaperSession(dictionaries.labels(SocietyLevel.class), societies.idsByName());
    }

    private final class PaperSession implements Session {

        private final Map<String, SocietyLevel> levels;
        private final Map<String, Long> societyIds;
        private Map<String, Long> unitIds = Map.of();

        PaperSession(Map<String, SocietyLevel> levels, Map<String, Long> societyIds) {
            this.levels = levels;
            this.societyIds = societyIds;
        }

        @Override
        public List<String> allowed(String column) {
            if ("level".equals(column)) {
                return List.copyOf(levels.keySet());
            }
            return PaperColumns.DECLARATIONS.contains(column) ? PaperColumns.YES_NO : List.of();
        }

        @Override
        public void check(List<ImportRow> rows, RowProblems problems) {
            unitIds = units.idsByCreditCode(rows.stream().filter(r -> !problems.has(r, "creditCode"))
                    .map(r -> CreditCode.normalise(r.get("creditCode"))).collect(Collectors.toSet()));
            for (ImportRow row : rows) {
                if (!problems.has(row, "creditCode")
                        && !inScope(unitIds.get(CreditCode.normalise(row.get("creditCode"))))) {
                    problems.add(row, "creditCode", "import.error.unknownUnit");
                }
                if (!problems.has(row, "society") && !societyIds.containsKey(row.get("society"))) {
                    problems.add(row, "society", "history.error.unknownSociety");
                }
                PaperColumns.checkFormats(row, problems);
            }
        }

        /** A unit the importer could not enter a paper application for is, to the importer, not registered. */
        private boolean inScope(Long unitId) {
            DataScope scope = PlatformUser.current().scope();
            if (unitId == null || scope instanceof DataScope.All) {
                return unitId != null;
            }
            return units.byId(unitId).map(u -> scope.covers(u.jurisdictionId(), u.id())).orElse(false);
        }

        @Override
        public void commit(ImportRow row, ImportOrigin origin) {
            long unitId = unitIds.get(CreditCode.normalise(row.get("creditCode")));
            ApplicationDraft prefilled = applications.prefillFor(unitId);
            applications.startPaperDraft(unitId, PaperColumns.draft(row, prefilled, levels.get(row.get("level")),
                    societyIds.get(row.get("society"))));
        }
    }

    /** The team as typed, 姓名/职称/领域/单位/天数 separated by ；— empty when a member does not fit the 申请书's table. */
    static java.util.Optional<List<ExpertMember>> experts(ImportRow row) {
        return StationHistoryImport.experts(row).filter(team -> team.stream()
                        .allMatch(m -> m.plannedDays() == null || m.plannedDays() <= 366))
                .map(team -> team.stream().map(m -> new ExpertMember(m.name(), m.title(), m.field(), m.organisation(),
                        m.plannedDays())).toList());
    }
}
