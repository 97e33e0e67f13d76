package cn.quzhou.stations.evaluation;

import java.time.Instant;

/** One opinion box: the step, the decision, office, person, time and text. */
public record OpinionView(int seq, String step, RouteDecision decision, String office, String actorName,
        String opinion, Instant decidedAt) {
}
