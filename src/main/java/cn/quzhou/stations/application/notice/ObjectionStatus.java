package cn.quzhou.stations.application.notice;

import cn.quzhou.stations.shared.Input;
import cn.quzhou.stations.shared.Labels;
import java.util.Map;
import java.util.Optional;

/** An objection is open until the city CAST upholds it (the station fails) or dismisses it (it continues). */
@Labels("notice.objection")
public enum ObjectionStatus {
    OPEN, UPHELD, DISMISSED;

    /** How the city CAST resolves an objection. */
    public enum Step {
        UPHOLD, DISMISS
    }

    /** The transition table: (state, step) → next state; every pair not listed is refused. */
    private static final Map<ObjectionStatus, Map<Step, ObjectionStatus>> TRANSITIONS = Map.of(
            OPEN, Map.of(Step.UPHOLD, UPHELD, Step.DISMISS, DISMISSED),
            UPHELD, Map.of(),
            DISMISSED, Map.of());

    /** The state after {@code step}, or empty when the step is not possible from here. */
    public Optional<ObjectionStatus> after(Step step) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(step));
    }

    /** The status as typed in a page's address, leniently: an unknown value filters nothing (never a 500). */
    public static ObjectionStatus lenient(String value) {
        return Input.constant(ObjectionStatus.class, value);
    }
}
