package cn.quzhou.stations.evaluation.scoring;

import java.util.List;

/** The city CAST's decision on a tie: which tied stations take the places left, and why. */
public record TieDecision(List<Long> chosen, String reason) {

    public TieDecision {
        chosen = List.copyOf(chosen);
    }
}
