package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.scoring.ScoreSheet;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the city CAST scores a report from, and the engine's sheet of it.
 *
 * @param averageDays B1.1's measure: recorded expert days ÷ team members (null without days)
 * @param judgement   C4's measure: the mean of the experts' judgements (null before any)
 * @param judgementMax the most one expert's judgement may give under the year's measures (5 in the 2021 table)
 */
public record ReportSheet(ReportView report, List<EvidenceLine> evidence, boolean frozen,
        List<InspectionView> inspections, List<AdjustmentView> adjustments, List<JudgementView> judgements,
        BigDecimal averageDays, BigDecimal judgement, ScoreSheet sheet, boolean roundOpen,
        @Schema(example = "5") BigDecimal judgementMax) {
}
