package cn.quzhou.stations.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One data row as read: its number in the sheet (as Excel shows it) and its values by column key, stripped. */
public record ImportRow(int number, Map<String, String> values) {

    /** The value, or "" for an empty cell. */
    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    public boolean has(String key) {
        return !get(key).isEmpty();
    }

    /** The values of a {@link ColumnType#CHOICES} cell. */
    public List<String> list(String key) {
        return has(key) ? Arrays.stream(get(key).split("[、,，;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
    }
}
