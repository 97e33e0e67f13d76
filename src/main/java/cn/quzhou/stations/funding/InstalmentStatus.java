package cn.quzhou.stations.funding;

import cn.quzhou.stations.shared.Labels;
import java.util.Map;
import java.util.Optional;

/** Where an instalment of a grant stands: due (payable), paid (an approved disbursement) or cancelled. */
@Labels("funding.status")
public enum InstalmentStatus {
    DUE, PAID, CANCELLED;

    /** What happens to an instalment. */
    public enum Step {
        /** a disbursement approved by the second official, or one paid on paper imported */
        PAY,
        /** a correction to UNQUALIFIED (cause CORRECTED) or a revocation (cause REVOKED) */
        CANCEL,
        /** a correction back to a passing grade, when the cancellation was a correction's */
        REINSTATE
    }

    /** The transition table: (state, step) → next state; every pair not listed is refused. */
    private static final Map<InstalmentStatus, Map<Step, InstalmentStatus>> TRANSITIONS = Map.of(
            DUE, Map.of(Step.PAY, PAID, Step.CANCEL, CANCELLED),
            CANCELLED, Map.of(Step.REINSTATE, DUE),
            PAID, Map.of());

    /** The state after {@code step}, or empty when the step is not possible from here. */
    public Optional<InstalmentStatus> after(Step step) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(step));
    }
}
