package cn.quzhou.stations.application.panel;

import cn.quzhou.stations.shared.Labels;
import java.util.Map;
import java.util.Optional;

/** Where a review panel stands: experts score, the recommended list is fixed, the list went to the city talent office. */
@Labels("panel.status")
public enum PanelStatus {
    SCORING, LISTED, SUBMITTED;

    /** What the city CAST does to a panel. */
    public enum Step {
        ADD_EXPERT, FIX_LIST, SUBMIT_LIST
    }

    /** The transition table: (state, step) → next state; every pair not listed is refused. */
    private static final Map<PanelStatus, Map<Step, PanelStatus>> TRANSITIONS = Map.of(
            SCORING, Map.of(Step.ADD_EXPERT, SCORING, Step.FIX_LIST, LISTED),
            LISTED, Map.of(Step.SUBMIT_LIST, SUBMITTED),
            // again, for applications the city talent office returned
            SUBMITTED, Map.of(Step.SUBMIT_LIST, SUBMITTED));

    /** The state after {@code step}, or empty when the step is not possible from here. */
    public Optional<PanelStatus> after(Step step) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(step));
    }
}
