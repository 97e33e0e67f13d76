package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.evaluation.scoring.ScoreSheet;
import java.util.Objects;

/**
 * What the printed 绩效考核表 of one station's year shows: who, which year, under which measures, the scored sheet
 * and, once published, the grade.
 *
 * @param policyLabel the measures in force, e.g. 衢市科协〔2021〕24号
 * @param grade       null until the results are published (the grade in force)
 * @param correction  the correction in force, or null
 */
public record StationSheet(String stationName, String hostUnit, int year, String policyLabel, ScoreSheet sheet,
        Grade grade, Correction correction) {

    public StationSheet {
        Objects.requireNonNull(stationName, "stationName");
        Objects.requireNonNull(sheet, "sheet");
    }

    /** Before publication, or published and never corrected. */
    public StationSheet(String stationName, String hostUnit, int year, String policyLabel, ScoreSheet sheet,
                        Grade grade) {
        this(stationName, hostUnit, year, policyLabel, sheet, grade, null);
    }

    /** The result in force when it is a correction (version 2..): printed under the table beside the scored items. */
    public record Correction(int version, String reason, java.time.LocalDate on, java.math.BigDecimal total,
            Grade grade) {
    }
}
