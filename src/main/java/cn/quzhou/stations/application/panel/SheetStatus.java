package cn.quzhou.stations.application.panel;

import cn.quzhou.stations.shared.Labels;
import java.util.Map;
import java.util.Optional;

/** A review sheet (an assignment): assigned, saved as draft, submitted (frozen), or withdrawn by a declared conflict. */
@Labels("panel.sheet.status")
public enum SheetStatus {
    ASSIGNED, DRAFT, SUBMITTED, WITHDRAWN;

    /** What the assigned expert does to a sheet. */
    public enum Step {
        SAVE, SUBMIT, DECLARE_CONFLICT
    }

    /** The transition table: (state, step) → next state; every pair not listed is refused. */
    private static final Map<SheetStatus, Map<Step, SheetStatus>> TRANSITIONS = Map.of(
            ASSIGNED, Map.of(Step.SAVE, DRAFT, Step.SUBMIT, SUBMITTED, Step.DECLARE_CONFLICT, WITHDRAWN),
            DRAFT, Map.of(Step.SAVE, DRAFT, Step.SUBMIT, SUBMITTED, Step.DECLARE_CONFLICT, WITHDRAWN),
            SUBMITTED, Map.of(),
            WITHDRAWN, Map.of());

    /** The state after {@code step}, or empty when the step is not possible from here. */
    public Optional<SheetStatus> after(Step step) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(step));
    }

    public boolean open() {
        return this == ASSIGNED || this == DRAFT;
    }
}
