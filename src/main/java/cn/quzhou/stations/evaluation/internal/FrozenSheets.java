package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.evaluation.scoring.ScoreSheet;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A submitted report's sheet from what was frozen at submission (snapshot, team size) plus the declarations,
 * measures and adjustments: the same input always gives the same sheet, so a published year recomputes identically.
 */
@Component
public class FrozenSheets {

    private final EvaluationStore store;
    private final Sheets sheets;

    FrozenSheets(EvaluationStore store, Sheets sheets) {
        this.store = store;
        this.sheets = sheets;
    }

    public ScoreSheet of(SelfReport r) {
        if (!r.getStatus().submitted()) {
            throw new IllegalStateException("report " + r.getId() + " is not submitted");
        }
        return sheets.score(r, store.snapshotOf(r.getId()), r.getTeamSize() == null ? 1 : r.getTeamSize(),
                store.adjustmentsOf(r.getId()), store.judgementsOf(r.getId(), Map.of()));
    }
}
