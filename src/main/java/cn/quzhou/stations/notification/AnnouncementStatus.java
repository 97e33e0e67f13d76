package cn.quzhou.stations.notification;

import cn.quzhou.stations.shared.Labels;
import java.util.Map;
import java.util.Optional;

/** A draft is seen by the city CAST only; a published one by everybody; a withdrawn one is taken down, kept, and may be published again. */
@Labels("announcement.status")
public enum AnnouncementStatus {
    DRAFT, PUBLISHED, WITHDRAWN;

    /** What the city CAST does to an announcement. */
    public enum Step {
        PUBLISH, WITHDRAW
    }

    /** The transition table: (state, step) → next state; every pair not listed is refused. */
    private static final Map<AnnouncementStatus, Map<Step, AnnouncementStatus>> TRANSITIONS = Map.of(
            DRAFT, Map.of(Step.PUBLISH, PUBLISHED),
            PUBLISHED, Map.of(Step.WITHDRAW, WITHDRAWN),
            WITHDRAWN, Map.of(Step.PUBLISH, PUBLISHED));

    /** The state after {@code step}, or empty when the step is not possible from here. */
    public Optional<AnnouncementStatus> after(Step step) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(step));
    }
}
