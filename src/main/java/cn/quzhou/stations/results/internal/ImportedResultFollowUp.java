package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.evaluation.EvaluationResultPublished;
import cn.quzhou.stations.station.StationView;
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

    /** {@code station}: the result's station as the caller just read it (an import reads each station once). */
    public void follow(EvaluationResultPublished e, StationView station) {
        resultList.follow(e, station);
        twoYears.follow(e);
    }
}
