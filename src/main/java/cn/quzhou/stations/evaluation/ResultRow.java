package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.evaluation.scoring.Subtotal;
import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One station's line in the year's results export.
 *
 * @param jurisdiction the county (or 市本级) the station belongs to
 * @param level1       the level-1 subtotals in table order (the export's columns follow the first row's headings)
 * @param grade        null while the station is in an undecided tie
 * @param reasonKey    the grading reason, a key of bundle {@code i18n/evaluation}, with {@code reasonArgs}
 */
public record ResultRow(String stationName, String hostUnit, String jurisdiction, SocietyLevel level,
        BigDecimal total, List<Subtotal> level1, Grade grade, String reasonKey, List<Object> reasonArgs) {

    public ResultRow {
        Objects.requireNonNull(stationName, "stationName");
        level1 = level1 == null ? List.of() : List.copyOf(level1);
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }
}
