package cn.quzhou.stations.results;

import cn.quzhou.stations.evaluation.scoring.Grade;

/** How many results in force of one year and jurisdiction have one grade (statistics). */
public record GradeCount(int year, long jurisdictionId, Grade grade, long count) {
}
