package cn.quzhou.stations.application.recognition;

import cn.quzhou.stations.shared.Labels;
import java.util.Map;
import java.util.Optional;

/**
 * Where the joint recognition document of a notice stands (Art. 5(3): a document of the city talent office AND the
 * city CAST). The city CAST prepares it without a number; the city talent office confirms it — which numbers and
 * issues it — or returns it with a reason, after which the city CAST prepares it again. Nothing leaves ISSUED.
 */
@Labels("notice.joint.status")
public enum JointRecognitionStatus {
    PREPARED, RETURNED, ISSUED;

    /** What an office does to the document. */
    @Labels("notice.joint.step")
    public enum Step {
        /** the city CAST (again, after a return) */
        PREPARE,
        /** the city talent office: the document is numbered and issued */
        CONFIRM,
        /** the city talent office, with a reason */
        RETURN
    }

    /** The transition table: (state, step) → next state; every pair not listed is refused. */
    private static final Map<JointRecognitionStatus, Map<Step, JointRecognitionStatus>> TRANSITIONS = Map.of(
            PREPARED, Map.of(Step.CONFIRM, ISSUED, Step.RETURN, RETURNED),
            RETURNED, Map.of(Step.PREPARE, PREPARED),
            ISSUED, Map.of());

    /** The state after {@code step}, or empty when the step is not possible from here. */
    public Optional<JointRecognitionStatus> after(Step step) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(step));
    }
}
