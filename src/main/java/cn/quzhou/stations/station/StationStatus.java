package cn.quzhou.stations.station;

import cn.quzhou.stations.shared.Labels;
import java.util.Map;
import java.util.Optional;

@Labels("station.status")
public enum StationStatus {
    ACTIVE, REVOKED, EXPIRED;

    /** What ends a station; EXPIRED is derived from the agreement period, never stored. */
    public enum Step {
        REVOKE
    }

    /** The transition table: (state, step) → next state; every pair not listed is refused. */
    private static final Map<StationStatus, Map<Step, StationStatus>> TRANSITIONS = Map.of(
            ACTIVE, Map.of(Step.REVOKE, REVOKED),
            REVOKED, Map.of(),
            EXPIRED, Map.of());

    /** The state after {@code step}, or empty when the step is not possible from here. */
    public Optional<StationStatus> after(Step step) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(step));
    }
}
