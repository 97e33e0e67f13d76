package cn.quzhou.stations.importing.internal;

import static cn.quzhou.stations.importing.ImportColumn.optional;
import static cn.quzhou.stations.importing.ImportColumn.required;

import cn.quzhou.stations.importing.ColumnType;
import cn.quzhou.stations.importing.ImportColumn;
import cn.quzhou.stations.importing.ImportKind;
import cn.quzhou.stations.importing.ImportRow;
import cn.quzhou.stations.importing.RowProblems;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.ActivatedAccountCommand;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.JurisdictionView;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.shared.CreditCode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 账户 (the system administrator's own data): no password column — each account gets a one-time activation secret
 * out of band ({@link Accounts#createForActivation}); roles are granted afterwards by the security administrator.
 */
@Component
@Order(4)
class AccountImport implements ImportKind {

    private final Accounts accounts;
    private final HostUnits units;
    private final Jurisdictions jurisdictions;
    private final Societies societies;

    AccountImport(Accounts accounts, HostUnits units, Jurisdictions jurisdictions, Societies societies) {
        this.accounts = accounts;
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.societies = societies;
    }

    @Override
    public String code() {
        return "accounts";
    }

    @Override
    public String titleKey() {
        return "import.kind.accounts";
    }

    @Override
    public String permission() {
        return "account:manage";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                required("username", "import.column.account.username", ColumnType.USERNAME, 64, "zhangsan"),
                required("displayName", "import.column.account.displayName", ColumnType.TEXT, 100, "张三"),
                optional("email", "import.column.account.email", ColumnType.EMAIL, 120, "zhangsan@example.org"),
                optional("unitCreditCode", "import.column.account.unitCreditCode", ColumnType.CREDIT_CODE, 18, ""),
                optional("jurisdiction", "import.column.account.jurisdiction", ColumnType.CHOICE, 50, ""),
                optional("society", "import.column.account.society", ColumnType.CHOICE, 200, ""));
    }

    @Override
    public Session open() {
        Map<String, Long> jurisdictionIds = jurisdictions.active().stream()
                .collect(Collectors.toMap(JurisdictionView::name, JurisdictionView::id, (a, b) -> a,
                        java.util.LinkedHashMap::new));
        Map<String, Long> societyIds = societies.idsByName();
        return new Session() {
            private Map<String, Long> unitIds = Map.of();

            @Override
            public List<String> allowed(String column) {
                return switch (column) {
                    case "jurisdiction" -> List.copyOf(jurisdictionIds.keySet());
                    case "society" -> societyIds.keySet().stream().sorted().toList();
                    default -> List.of();
                };
            }

            @Override
            public void check(List<ImportRow> rows, RowProblems problems) {
                rows.stream().filter(r -> r.has("username") && r.get("username").length() < 3)
                        .forEach(r -> problems.add(r, "username", "import.error.tooShort", 3));
                Dictionaries.duplicatesInFile(rows, "username", u -> u.toLowerCase(Locale.ROOT), problems);
                Set<String> taken = accounts.takenUsernames(rows.stream().filter(r -> !problems.has(r, "username"))
                        .map(r -> r.get("username")).toList());
                rows.stream().filter(r -> !problems.has(r, "username"))
                        .filter(r -> taken.contains(r.get("username").toLowerCase(Locale.ROOT)))
                        .forEach(r -> problems.add(r, "username", "account.error.duplicateUsername"));
                unitIds = units.idsByCreditCode(rows.stream().filter(r -> r.has("unitCreditCode"))
                        .map(r -> CreditCode.normalise(r.get("unitCreditCode"))).collect(Collectors.toSet()));
                rows.stream().filter(r -> r.has("unitCreditCode") && !problems.has(r, "unitCreditCode"))
                        .filter(r -> !unitIds.containsKey(CreditCode.normalise(r.get("unitCreditCode"))))
                        .forEach(r -> problems.add(r, "unitCreditCode", "import.error.unknownUnit"));
            }

            @Override
            public void commit(ImportRow row, cn.quzhou.stations.shared.ImportOrigin origin) {
                accounts.createForActivation(new ActivatedAccountCommand(row.get("username"), row.get("displayName"),
                        row.has("unitCreditCode") ? unitIds.get(CreditCode.normalise(row.get("unitCreditCode"))) : null,
                        jurisdictionIds.get(row.get("jurisdiction")), societyIds.get(row.get("society")),
                        Dictionaries.nullIfEmpty(row.get("email"))));
            }
        };
    }
}
