package cn.quzhou.stations.importing.internal;

import static cn.quzhou.stations.importing.ImportColumn.optional;
import static cn.quzhou.stations.importing.ImportColumn.required;

import cn.quzhou.stations.importing.ColumnType;
import cn.quzhou.stations.importing.ImportColumn;
import cn.quzhou.stations.importing.ImportKind;
import cn.quzhou.stations.importing.ImportRow;
import cn.quzhou.stations.importing.RowProblems;
import cn.quzhou.stations.organisation.ExpertCommand;
import cn.quzhou.stations.organisation.ExpertPool;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.shared.CreditCode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** 专家库: the expert's unit by its credit code and societies by name, as {@link ExpertPool#create} requires them to exist. */
@Component
@Order(3)
class ExpertImport implements ImportKind {

    private final ExpertPool experts;
    private final HostUnits units;
    private final Societies societies;

    ExpertImport(ExpertPool experts, HostUnits units, Societies societies) {
        this.experts = experts;
        this.units = units;
        this.societies = societies;
    }

    @Override
    public String code() {
        return "experts";
    }

    @Override
    public String titleKey() {
        return "import.kind.experts";
    }

    @Override
    public String permission() {
        return "expert:manage";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                required("name", "import.column.expert.name", ColumnType.TEXT, 50, "王五"),
                optional("title", "import.column.expert.title", ColumnType.TEXT, 100, "教授级高级工程师"),
                required("field", "import.column.expert.field", ColumnType.TEXT, 100, "氟硅新材料"),
                required("organisation", "import.column.expert.organisation", ColumnType.TEXT, 200, "浙江示例大学"),
                optional("unitCreditCode", "import.column.expert.unitCreditCode", ColumnType.CREDIT_CODE, 18, ""),
                optional("phone", "import.column.expert.phone", ColumnType.PHONE, 40, "13900000000"),
                optional("email", "import.column.expert.email", ColumnType.EMAIL, 120, "wangwu@example.org"),
                optional("societies", "import.column.expert.societies", ColumnType.CHOICES, 500, ""));
    }

    @Override
    public Session open() {
        Map<String, Long> societyIds = societies.idsByName();
        return new Session() {
            private Map<String, Long> unitIds = Map.of();

            @Override
            public List<String> allowed(String column) {
                return "societies".equals(column) ? societyIds.keySet().stream().sorted().toList() : List.of();
            }

            @Override
            public void check(List<ImportRow> rows, RowProblems problems) {
                unitIds = units.idsByCreditCode(rows.stream().filter(r -> r.has("unitCreditCode"))
                        .map(r -> CreditCode.normalise(r.get("unitCreditCode"))).collect(Collectors.toSet()));
                rows.stream().filter(r -> r.has("unitCreditCode") && !problems.has(r, "unitCreditCode"))
                        .filter(r -> !unitIds.containsKey(CreditCode.normalise(r.get("unitCreditCode"))))
                        .forEach(r -> problems.add(r, "unitCreditCode", "import.error.unknownUnit"));
            }

            @Override
            public void commit(ImportRow row, cn.quzhou.stations.shared.ImportOrigin origin) {
                Set<Long> ids = row.list("societies").stream().map(societyIds::get).collect(Collectors.toSet());
                experts.create(new ExpertCommand(row.get("name"), Dictionaries.nullIfEmpty(row.get("title")),
                        row.get("field"), row.get("organisation"),
                        row.has("unitCreditCode") ? unitIds.get(CreditCode.normalise(row.get("unitCreditCode"))) : null,
                        Dictionaries.nullIfEmpty(row.get("phone")), Dictionaries.nullIfEmpty(row.get("email")), ids));
            }
        };
    }
}
