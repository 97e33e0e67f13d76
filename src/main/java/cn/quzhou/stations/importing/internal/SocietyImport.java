package cn.quzhou.stations.importing.internal;

import static cn.quzhou.stations.importing.ImportColumn.optional;
import static cn.quzhou.stations.importing.ImportColumn.required;

import cn.quzhou.stations.importing.ColumnType;
import cn.quzhou.stations.importing.ImportColumn;
import cn.quzhou.stations.importing.ImportKind;
import cn.quzhou.stations.importing.ImportRow;
import cn.quzhou.stations.importing.RowProblems;
import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.organisation.SocietyCommand;
import cn.quzhou.stations.organisation.SocietyLevel;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** 学会: names are unique, as {@link Societies#create} requires. */
@Component
@Order(2)
class SocietyImport implements ImportKind {

    private final Societies societies;
    private final Dictionaries dictionaries;

    SocietyImport(Societies societies, Dictionaries dictionaries) {
        this.societies = societies;
        this.dictionaries = dictionaries;
    }

    @Override
    public String code() {
        return "societies";
    }

    @Override
    public String titleKey() {
        return "import.kind.societies";
    }

    @Override
    public String permission() {
        return "society:manage";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                required("name", "import.column.society.name", ColumnType.TEXT, 200, "中国示例学会"),
                required("level", "import.column.society.level", ColumnType.CHOICE, 20, null),
                optional("branch", "import.column.society.branch", ColumnType.TEXT, 200, ""),
                optional("contact", "import.column.society.contact", ColumnType.TEXT, 100, "李四"),
                optional("phone", "import.column.society.phone", ColumnType.PHONE, 40, "13800000000"));
    }

    @Override
    public Session open() {
        Map<String, SocietyLevel> levels = dictionaries.labels(SocietyLevel.class);
        Map<String, Long> existing = societies.idsByName();
        return new Session() {
            @Override
            public List<String> allowed(String column) {
                return "level".equals(column) ? List.copyOf(levels.keySet()) : List.of();
            }

            @Override
            public void check(List<ImportRow> rows, RowProblems problems) {
                Dictionaries.duplicatesInFile(rows, "name", String::strip, problems);
                rows.stream().filter(r -> !problems.has(r, "name") && existing.containsKey(r.get("name")))
                        .forEach(r -> problems.add(r, "name", "society.error.duplicateName"));
            }

            @Override
            public void commit(ImportRow row, cn.quzhou.stations.shared.ImportOrigin origin) {
                societies.create(new SocietyCommand(row.get("name"), levels.get(row.get("level")),
                        Dictionaries.nullIfEmpty(row.get("branch")), Dictionaries.nullIfEmpty(row.get("contact")),
                        Dictionaries.nullIfEmpty(row.get("phone"))));
            }
        };
    }
}
