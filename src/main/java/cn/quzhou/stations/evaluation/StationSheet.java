package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.evaluation.scoring.ScoreSheet;
import java.util.Objects;

/**
 * What the printed 绩效考核表 of one station's year shows: who, which year, under which measures, the scored sheet
 * and, once published, the grade.
 *
 * @param policyLabel the measures in force, e.g. 衢市科协〔2021〕24号
 * @param grade       null until the results are published
 */
public record StationSheet(String stationName, String hostUnit, int year, String policyLabel, ScoreSheet sheet,
        Grade grade) {

    public StationSheet {
        Objects.requireNonNull(stationName, "stationName");
        Objects.requireNonNull(sheet, "sheet");
    }
}
