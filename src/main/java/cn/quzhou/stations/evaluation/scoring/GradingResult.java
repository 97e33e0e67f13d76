package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.shared.BusinessRuleException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A graded year: outcomes from the highest total down (non-submitters last), the 参评基数 and the EXCELLENT places
 * it allows, and the tie still open for the city CAST, if any ({@code tie} null when none).
 */
public record GradingResult(GradingParameters parameters, int base, int excellentPlaces, List<Outcome> outcomes,
        Tie tie, TieDecision decision) {

    public GradingResult {
        outcomes = List.copyOf(outcomes);
    }

    /** Whether every station has its grade (no undecided tie). */
    public boolean isFinal() {
        return tie == null || decision != null;
    }

    public Outcome outcome(long stationId) {
        return outcomes.stream().filter(o -> o.stationId() == stationId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("station " + stationId + " was not graded"));
    }

    public Grade grade(long stationId) {
        return outcome(stationId).grade();
    }

    public long count(Grade grade) {
        return outcomes.stream().filter(o -> o.grade() == grade).count();
    }

    /**
     * Records the city CAST's decision on the open tie: exactly {@code placesLeft} distinct stations, all of them in
     * the tie, and a reason. The chosen become EXCELLENT, the other tied stations QUALIFIED.
     */
    public GradingResult decideTie(TieDecision decision) {
        String error = "evaluation.grading.error.";
        if (tie == null || this.decision != null) {
            throw new BusinessRuleException(null, error + "noOpenTie");
        }
        if (decision.reason() == null || decision.reason().isBlank()) {
            throw new BusinessRuleException("reason", error + "reasonRequired");
        }
        Set<Long> chosen = new HashSet<>(decision.chosen());
        if (chosen.size() != decision.chosen().size() || chosen.size() != tie.placesLeft()) {
            throw new BusinessRuleException("chosen", error + "wrongNumberChosen", tie.placesLeft());
        }
        for (Long id : chosen) {
            if (!tie.stations().contains(id)) {
                throw new BusinessRuleException("chosen", error + "notInTie", id);
            }
        }
        List<Outcome> decided = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            if (!o.pending()) {
                decided.add(o);
            } else if (chosen.contains(o.stationId())) {
                decided.add(new Outcome(o.stationId(), o.total(), Grade.EXCELLENT, "evaluation.grading.reason.tieChosen",
                        List.of(decision.reason())));
            } else {
                decided.add(new Outcome(o.stationId(), o.total(), Grade.QUALIFIED,
                        "evaluation.grading.reason.tieNotChosen", List.of(decision.reason())));
            }
        }
        return new GradingResult(parameters, base, excellentPlaces, decided, tie, decision);
    }
}
