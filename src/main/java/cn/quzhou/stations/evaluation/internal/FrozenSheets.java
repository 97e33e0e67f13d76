package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.evaluation.scoring.ScoreSheet;
import java.util.HashMap;
import java.util.List;
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

    /** The sheets of many submitted reports (report id → sheet), with three queries for all of them. */
    public Map<Long, ScoreSheet> of(List<SelfReport> submitted) {
        List<Long> ids = submitted.stream().map(SelfReport::getId).toList();
        var snapshots = store.snapshotsOf(ids);
        var adjustments = store.adjustmentsOf(ids);
        var judgements = store.judgementsOf(ids);
        Map<Long, ScoreSheet> out = new HashMap<>();
        for (SelfReport r : submitted) {
            if (!r.getStatus().submitted()) {
                throw new IllegalStateException("report " + r.getId() + " is not submitted");
            }
            out.put(r.getId(), sheets.score(r, snapshots.getOrDefault(r.getId(), List.of()),
                    r.getTeamSize() == null ? 1 : r.getTeamSize(), adjustments.getOrDefault(r.getId(), List.of()),
                    judgements.getOrDefault(r.getId(), List.of())));
        }
        return out;
    }
}
