package cn.quzhou.stations.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one station's year is scored from.
 *
 * @param stationId    the station
 * @param year         the evaluation year
 * @param evidence     its evidence events
 * @param declarations per item code, the check-item parts met (A1.1, A1.2, A2.2) or the tiers reached (A2.1, A2.3)
 * @param measures     per item code, a measured value: B1.1's average expert days per year, C4's experts'
 *                     judgement, or A2.1's coverage in percent
 * @param adjustments  reviewer adjustments, each with its reason
 * @param measuredFrom per item code, the evidence records a measure was computed from (cited on its line)
 */
public record StationYear(long stationId, int year, List<Evidence> evidence, Map<String, Set<String>> declarations,
        Map<String, BigDecimal> measures, List<Adjustment> adjustments, Map<String, List<Long>> measuredFrom) {

    public StationYear {
        evidence = List.copyOf(evidence);
        declarations = Map.copyOf(declarations);
        measures = Map.copyOf(measures);
        adjustments = List.copyOf(adjustments);
        measuredFrom = measuredFrom == null ? Map.of() : Map.copyOf(measuredFrom);
    }

    public static Builder of(long stationId, int year) {
        return new Builder(stationId, year);
    }

    /** Assembles a station year step by step. */
    public static final class Builder {
        private final long stationId;
        private final int year;
        private final List<Evidence> evidence = new ArrayList<>();
        private final Map<String, Set<String>> declarations = new LinkedHashMap<>();
        private final Map<String, BigDecimal> measures = new LinkedHashMap<>();
        private final List<Adjustment> adjustments = new ArrayList<>();
        private final Map<String, List<Long>> measuredFrom = new LinkedHashMap<>();

        private Builder(long stationId, int year) {
            this.stationId = stationId;
            this.year = year;
        }

        public Builder evidence(Evidence e) {
            evidence.add(Objects.requireNonNull(e));
            return this;
        }

        public Builder evidence(List<Evidence> es) {
            es.forEach(this::evidence);
            return this;
        }

        /** Declares parts met (check items) or tiers reached (highest-tier items) for {@code itemCode}. */
        public Builder declare(String itemCode, String... parts) {
            declarations.computeIfAbsent(itemCode, k -> new LinkedHashSet<>()).addAll(List.of(parts));
            return this;
        }

        public Builder measure(String itemCode, BigDecimal value) {
            measures.put(itemCode, Objects.requireNonNull(value));
            return this;
        }

        /** A measure computed from evidence records: its line cites them (B1.1's expert-days records). */
        public Builder measure(String itemCode, BigDecimal value, List<Long> fromEvidence) {
            measuredFrom.put(itemCode, List.copyOf(fromEvidence));
            return measure(itemCode, value);
        }

        public Builder measure(String itemCode, String value) {
            return measure(itemCode, new BigDecimal(value));
        }

        public Builder adjust(String itemCode, BigDecimal points, String reason) {
            adjustments.add(new Adjustment(itemCode, points, reason));
            return this;
        }

        public StationYear build() {
            Map<String, Set<String>> frozen = new LinkedHashMap<>();
            declarations.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
            return new StationYear(stationId, year, evidence, frozen, measures, adjustments, measuredFrom);
        }
    }
}
