package cn.quzhou.stations.funding;

import cn.quzhou.stations.shared.Labels;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a clawback is still owed (OPEN) or repaid in full (SETTLED): the clawbacks list's status filter, and the
 * clawback's state (derived from its settlement date, not stored).
 */
@Labels("funding.clawback.state")
public enum ClawbackState {
    OPEN, SETTLED;

    /** A repayment: of a part of what is outstanding, or of the rest. */
    public enum Step {
        REPAY_PART, REPAY_REST
    }

    /** The transition table: (state, step) → next state; every pair not listed is refused. */
    private static final Map<ClawbackState, Map<Step, ClawbackState>> TRANSITIONS = Map.of(
            OPEN, Map.of(Step.REPAY_PART, OPEN, Step.REPAY_REST, SETTLED),
            SETTLED, Map.of());

    /** The state after {@code step}, or empty when the step is not possible from here. */
    public Optional<ClawbackState> after(Step step) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(step));
    }
}
