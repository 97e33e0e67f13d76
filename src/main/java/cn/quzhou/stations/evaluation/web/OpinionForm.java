package cn.quzhou.stations.evaluation.web;

import cn.quzhou.stations.evaluation.RouteCommand;
import cn.quzhou.stations.evaluation.RouteDecision;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A decision at a step of the route with its opinion, as typed (kept on the page when refused). */
record OpinionForm(@NotNull RouteDecision decision, @Size(max = 2000) String opinion, @NotNull Integer version) {

    static OpinionForm empty() {
        return new OpinionForm(null, null, null);
    }

    RouteCommand command() {
        return new RouteCommand(decision, opinion, version);
    }
}
