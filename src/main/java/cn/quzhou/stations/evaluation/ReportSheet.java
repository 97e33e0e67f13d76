package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.scoring.ScoreSheet;
import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the city CAST scores a report from, and the engine's sheet of it.
 *
 * @param averageDays B1.1's measure: recorded expert days ÷ team members (null without days)
 * @param judgement   C4's measure: the mean of the experts' judgements (null before any)
 */
public record ReportSheet(ReportView report, List<EvidenceLine> evidence, boolean frozen,
        List<InspectionView> inspections, List<AdjustmentView> adjustments, List<JudgementView> judgements,
        BigDecimal averageDays, BigDecimal judgement, ScoreSheet sheet, boolean roundOpen, BigDecimal judgementMax) {
}
