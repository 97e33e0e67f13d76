package cn.quzhou.stations.results;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.SocietyLevel;

/** The results list's filters, each optional: year, grade in force, jurisdiction, level. */
public record ResultFilter(Integer year, Grade grade, Long jurisdiction, SocietyLevel level) {

    public static ResultFilter none() {
        return new ResultFilter(null, null, null, null);
    }

    public ResultFilter ofYear(int year) {
        return new ResultFilter(year, grade, jurisdiction, level);
    }
}
