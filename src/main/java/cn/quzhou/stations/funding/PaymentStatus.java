package cn.quzhou.stations.funding;

import cn.quzhou.stations.shared.Labels;
import java.util.Map;
import java.util.Optional;

/** A disbursement awaits the second official's approval, is approved (the money went out) or was withdrawn. */
@Labels("funding.payment.status")
public enum PaymentStatus {
    AWAITING_APPROVAL, APPROVED, WITHDRAWN;

    /** What the second official does to a recorded disbursement. */
    public enum Step {
        APPROVE
    }

    /**
     * The transition table: (state, step) → next state; every pair not listed is refused. WITHDRAWN is a state the
     * table allows for (a withdrawn payment frees its instalment) but no step of the platform reaches today.
     */
    private static final Map<PaymentStatus, Map<Step, PaymentStatus>> TRANSITIONS = Map.of(
            AWAITING_APPROVAL, Map.of(Step.APPROVE, APPROVED),
            APPROVED, Map.of(),
            WITHDRAWN, Map.of());

    /** The state after {@code step}, or empty when the step is not possible from here. */
    public Optional<PaymentStatus> after(Step step) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(step));
    }
}
