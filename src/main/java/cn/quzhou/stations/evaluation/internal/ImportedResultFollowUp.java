package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.evaluation.EvaluationResultPublished;
import org.springframework.stereotype.Component;

/**
 * What an imported result (D8) takes part in like a published one: the results list in force and Art. 18(5) — two
 * consecutive UNQUALIFIED years propose revocation, whether the years were imported, evaluated here, or one of each.
 * Not the rectification of an unqualified year: that was handled on paper.
 */
@Component
public class ImportedResultFollowUp {

    private final ResultListUpkeep resultList;
    private final TwoUnqualifiedYears twoYears;

    ImportedResultFollowUp(ResultListUpkeep resultList, TwoUnqualifiedYears twoYears) {
        this.resultList = resultList;
        this.twoYears = twoYears;
    }

    public void follow(EvaluationResultPublished e) {
        resultList.follow(e);
        twoYears.follow(e);
    }
}
