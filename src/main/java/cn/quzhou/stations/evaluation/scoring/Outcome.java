package cn.quzhou.stations.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One station's grade with its reason ({@code reasonKey} in bundle {@code i18n/evaluation}, with {@code args}).
 * {@code grade} is null while the station is in an undecided {@link Tie}.
 */
public record Outcome(long stationId, BigDecimal total, Grade grade, String reasonKey, List<Object> args) {

    public Outcome {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public boolean pending() {
        return grade == null;
    }
}
