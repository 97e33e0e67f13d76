package cn.quzhou.stations.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A decision at a step of the route: PASS (or APPROVE) or RETURN with the opinion; {@code version} is the version the
 * decider saw (someone else acting first gives 409 "already handled").
 */
public record RouteCommand(@NotNull RouteDecision decision, @Size(max = 2000) String opinion, @NotNull Integer version) {
}
