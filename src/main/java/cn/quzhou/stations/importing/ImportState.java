package cn.quzhou.stations.importing;

import cn.quzhou.stations.shared.Labels;
import java.util.Map;
import java.util.Optional;

/** An import batch's life: uploaded, then checked (valid or not), then committed once. */
@Labels("import.state")
public enum ImportState {
    UPLOADED, VALIDATED, INVALID, COMMITTED;

    /** What happens to a batch: the preview's check (valid or not), the commit's second check, the commit. */
    public enum Step {
        CHECK_VALID, CHECK_INVALID, INVALIDATE, COMMIT
    }

    /** The transition table: (state, step) → next state; every pair not listed is refused. */
    private static final Map<ImportState, Map<Step, ImportState>> TRANSITIONS = Map.of(
            UPLOADED, Map.of(Step.CHECK_VALID, VALIDATED, Step.CHECK_INVALID, INVALID),
            VALIDATED, Map.of(Step.INVALIDATE, INVALID, Step.COMMIT, COMMITTED),
            INVALID, Map.of(),
            COMMITTED, Map.of());

    /** The state after {@code step}, or empty when the step is not possible from here. */
    public Optional<ImportState> after(Step step) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(step));
    }
}
