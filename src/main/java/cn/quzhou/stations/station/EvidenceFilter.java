package cn.quzhou.stations.station;

import java.util.List;
import java.util.Map;

/**
 * The filters of a station's evidence list, each optional: the evaluation year, the kind, and the indicator item
 * (e.g. {@code B1.3}, every kind scored under it). An item no kind is scored under filters nothing.
 */
public record EvidenceFilter(Integer year, EvidenceKind kind, String item) {

    /** The filter as bound from an address, or none when a value did not bind (see {@link StationFilter#orNone}). */
    public static EvidenceFilter orNone(EvidenceFilter bound) {
        return bound == null ? ofYear(null) : bound;
    }

    public static EvidenceFilter ofYear(Integer year) {
        return new EvidenceFilter(year, null, null);
    }

    /**
     * The kinds counting toward the item under {@code items} (the measures of the year, {@link EvidenceItems}), or
     * null when no item (or an unknown one) is asked for.
     */
    public List<EvidenceKind> kindsOfItem(Map<EvidenceKind, String> items) {
        if (item == null || item.isBlank()) {
            return null;
        }
        List<EvidenceKind> kinds = items.entrySet().stream().filter(e -> e.getValue().equals(item.strip()))
                .map(Map.Entry::getKey).sorted().toList();
        return kinds.isEmpty() ? null : kinds;
    }

    /** The indicator items evidence is scored under in {@code items}, in the table's order. */
    public static List<String> items(Map<EvidenceKind, String> items) {
        return items.values().stream().distinct().sorted().toList();
    }
}
