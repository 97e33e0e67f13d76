package cn.quzhou.stations.importing.internal;

import cn.quzhou.stations.importing.ImportRow;
import cn.quzhou.stations.importing.RowProblems;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The Chinese words of the platform's enums as the templates offer them, and the checks every register shares. */
@Component
public class Dictionaries {

    private final MessageSource texts;

    Dictionaries(MessageSource texts) {
        this.texts = texts;
    }

    /** Label → value, in declaration order (the drop-down's order), from the bundle's {@code enum.<Type>.<VALUE>}. */
    public <E extends Enum<E>> Map<String, E> labels(Class<E> type) {
        Map<String, E> byLabel = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            byLabel.put(texts.getMessage("enum." + type.getSimpleName() + "." + e.name(), null, e.name(),
                    Locale.SIMPLIFIED_CHINESE), e);
        }
        return byLabel;
    }

    /** Label → value as the bundle words them under {@code prefix + VALUE} (grades, revocation causes). */
    public <E extends Enum<E>> Map<String, E> labels(Class<E> type, String prefix) {
        Map<String, E> byLabel = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            byLabel.put(texts.getMessage(prefix + e.name(), null, e.name(), Locale.SIMPLIFIED_CHINESE), e);
        }
        return byLabel;
    }

    /** A key repeated within the file is reported at every later row, naming the first one. */
    static void duplicatesInFile(List<ImportRow> rows, String column, Function<String, String> normalise,
                                 RowProblems problems) {
        Map<String, Integer> first = new HashMap<>();
        for (ImportRow row : rows) {
            if (!row.has(column) || problems.has(row, column)) {
                continue;
            }
            Integer earlier = first.putIfAbsent(normalise.apply(row.get(column)), row.number());
            if (earlier != null) {
                problems.add(row, column, "import.error.duplicateInFile", earlier);
            }
        }
    }

    static String nullIfEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
