package cn.quzhou.stations.importing.internal;

import static cn.quzhou.stations.importing.ImportColumn.optional;
import static cn.quzhou.stations.importing.ImportColumn.required;

import cn.quzhou.stations.importing.ColumnType;
import cn.quzhou.stations.importing.ImportColumn;
import cn.quzhou.stations.importing.ImportKind;
import cn.quzhou.stations.importing.ImportRow;
import cn.quzhou.stations.importing.RowProblems;
import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.HostUnitCommand;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.JurisdictionView;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.UnitNature;
import cn.quzhou.stations.shared.CreditCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** 建站单位: the rules of {@link HostUnits#create}, checked for a whole file before anything is created. */
@Component
@Order(1)
class HostUnitImport implements ImportKind {

    private static final String SAMPLE_CODE = "91330802MA2D8K7L0" + CreditCode.checkCharacterFor("91330802MA2D8K7L0");

    private final HostUnits units;
    private final Jurisdictions jurisdictions;
    private final Dictionaries dictionaries;

    HostUnitImport(HostUnits units, Jurisdictions jurisdictions, Dictionaries dictionaries) {
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.dictionaries = dictionaries;
    }

    @Override
    public String code() {
        return "host-units";
    }

    @Override
    public String titleKey() {
        return "import.kind.hostUnits";
    }

    @Override
    public String permission() {
        return "unit:manage";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                required("name", "import.column.unit.name", ColumnType.TEXT, 200, "衢州示例新材料有限公司"),
                required("creditCode", "import.column.unit.creditCode", ColumnType.CREDIT_CODE, 18, SAMPLE_CODE),
                required("jurisdiction", "import.column.unit.jurisdiction", ColumnType.CHOICE, 50, null),
                required("nature", "import.column.unit.nature", ColumnType.CHOICE, 50, null),
                optional("natureOther", "import.column.unit.natureOther", ColumnType.TEXT, 100, ""),
                required("fields", "import.column.unit.fields", ColumnType.CHOICES, 300, null),
                optional("fieldOther", "import.column.unit.fieldOther", ColumnType.TEXT, 100, ""),
                optional("legalRepresentative", "import.column.unit.legalRepresentative", ColumnType.TEXT, 50, "张三"),
                optional("address", "import.column.unit.address", ColumnType.TEXT, 200, "衢州市柯城区示例路 1 号"),
                optional("postcode", "import.column.unit.postcode", ColumnType.POSTCODE, 6, "324000"));
    }

    @Override
    public Session open() {
        Map<String, Long> jurisdictionIds = jurisdictions.active().stream()
                .collect(Collectors.toMap(JurisdictionView::name, JurisdictionView::id, (a, b) -> a,
                        java.util.LinkedHashMap::new));
        return new UnitSession(jurisdictionIds, dictionaries.labels(UnitNature.class),
                dictionaries.labels(BusinessField.class));
    }

    private final class UnitSession implements Session {

        private final Map<String, Long> jurisdictionIds;
        private final Map<String, UnitNature> natures;
        private final Map<String, BusinessField> fields;

        UnitSession(Map<String, Long> jurisdictionIds, Map<String, UnitNature> natures,
                    Map<String, BusinessField> fields) {
            this.jurisdictionIds = jurisdictionIds;
            this.natures = natures;
            this.fields = fields;
        }

        @Override
        public List<String> allowed(String column) {
            return switch (column) {
                case "jurisdiction" -> List.copyOf(jurisdictionIds.keySet());
                case "nature" -> List.copyOf(natures.keySet());
                case "fields" -> List.copyOf(fields.keySet());
                default -> List.of();
            };
        }

        @Override
        public void check(List<ImportRow> rows, RowProblems problems) {
            for (ImportRow row : rows) {
                if (natures.get(row.get("nature")) == UnitNature.OTHER && !row.has("natureOther")) {
                    problems.add(row, "natureOther", "unit.error.natureOther");
                }
                if (fieldsOf(row).contains(BusinessField.OTHER) && !row.has("fieldOther")) {
                    problems.add(row, "fieldOther", "unit.error.businessFieldOther");
                }
            }
            Dictionaries.duplicatesInFile(rows, "creditCode", CreditCode::normalise, problems);
            Set<String> registered = units.idsByCreditCode(rows.stream().filter(r -> !problems.has(r, "creditCode"))
                    .map(r -> CreditCode.normalise(r.get("creditCode"))).collect(Collectors.toSet())).keySet();
            rows.stream().filter(r -> !problems.has(r, "creditCode"))
                    .filter(r -> registered.contains(CreditCode.normalise(r.get("creditCode"))))
                    .forEach(r -> problems.add(r, "creditCode", "unit.error.duplicateCreditCode"));
        }

        @Override
        public void commit(ImportRow row, cn.quzhou.stations.shared.ImportOrigin origin) {
            units.create(new HostUnitCommand(row.get("name"), CreditCode.normalise(row.get("creditCode")),
                    jurisdictionIds.get(row.get("jurisdiction")), natures.get(row.get("nature")),
                    Dictionaries.nullIfEmpty(row.get("natureOther")), fieldsOf(row),
                    Dictionaries.nullIfEmpty(row.get("fieldOther")),
                    Dictionaries.nullIfEmpty(row.get("legalRepresentative")),
                    Dictionaries.nullIfEmpty(row.get("address")), Dictionaries.nullIfEmpty(row.get("postcode"))));
        }

        private Set<BusinessField> fieldsOf(ImportRow row) {
            Set<BusinessField> set = EnumSet.noneOf(BusinessField.class);
            row.list("fields").stream().map(fields::get).filter(java.util.Objects::nonNull).forEach(set::add);
            return set;
        }
    }
}
