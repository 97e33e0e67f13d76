package cn.quzhou.stations.evaluation;

/** A report assigned to the signed-in expert, with the judgement entered so far. */
public record Assignment(JudgementView judgement, int year, String stationName, SelfReportStatus status,
        boolean open) {
}
