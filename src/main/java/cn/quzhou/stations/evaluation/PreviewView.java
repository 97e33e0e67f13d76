package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.scoring.GradingResult;
import java.util.List;
import java.util.Map;

/**
 * 预评: the year's grading on the current totals (non-submitters UNQUALIFIED and in the base), with the tie, if any,
 * and whether the year may be decided.
 *
 * @param blocking reports still on the route (not verified): the year cannot be decided yet
 */
public record PreviewView(RoundView round, GradingResult grading, Map<Long, String> names, List<String> blocking) {

    public boolean tieOpen() {
        return !grading.isFinal();
    }
}
