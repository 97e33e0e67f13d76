package cn.quzhou.stations.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Art. 17 with decision D4. Non-submitters are UNQUALIFIED (Art. 13) and count in the 参评基数; a total below the
 * pass line is UNQUALIFIED; of the rest, the highest totals are EXCELLENT up to
 * {@link GradingParameters#excellentPlaces(int)}; the others QUALIFIED. When equal totals straddle the last place,
 * those stations stay without a grade and the result carries the {@link Tie} for the city CAST
 * ({@link GradingResult#decideTie}). A what-if preview is the same call on the current totals.
 */
public final class Grading {

    private static final String REASON = "evaluation.grading.reason.";

    private static final Comparator<Participant> RANKING = Comparator
            .comparing(Participant::total, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparingLong(Participant::stationId);

    private Grading() {
    }

    public static GradingResult grade(GradingParameters parameters, List<Participant> participants) {
        if (participants.stream().map(Participant::stationId).distinct().count() != participants.size()) {
            throw new IllegalArgumentException("a station is graded twice");
        }
        List<Participant> ranked = new ArrayList<>(participants);
        ranked.sort(RANKING);
        int base = ranked.size();
        int places = parameters.excellentPlaces(base);
        BigDecimal line = parameters.passLine();

        int passing = 0;
        while (passing < ranked.size() && ranked.get(passing).tookPart()
                && ranked.get(passing).total().compareTo(line) >= 0) {
            passing++;
        }
        // ranked[0, excellent) are EXCELLENT; ranked[excellent, excellent + tied) are an open tie
        int excellent = Math.min(places, passing);
        int tied = 0;
        if (excellent > 0 && excellent < passing
                && ranked.get(excellent).total().compareTo(ranked.get(excellent - 1).total()) == 0) {
            BigDecimal score = ranked.get(excellent - 1).total();
            int first = excellent - 1;
            while (first > 0 && ranked.get(first - 1).total().compareTo(score) == 0) {
                first--;
            }
            int end = excellent;
            while (end < passing && ranked.get(end).total().compareTo(score) == 0) {
                end++;
            }
            excellent = first;
            tied = end - first;
        }

        List<Outcome> outcomes = new ArrayList<>(base);
        List<Long> tiedStations = new ArrayList<>(tied);
        for (int i = 0; i < ranked.size(); i++) {
            Participant p = ranked.get(i);
            if (!p.tookPart()) {
                outcomes.add(new Outcome(p.stationId(), null, Grade.UNQUALIFIED, REASON + "notSubmitted", null));
            } else if (i >= passing) {
                outcomes.add(new Outcome(p.stationId(), p.total(), Grade.UNQUALIFIED, REASON + "belowPassLine",
                        List.of(p.total(), line)));
            } else if (i < excellent) {
                outcomes.add(new Outcome(p.stationId(), p.total(), Grade.EXCELLENT, REASON + "withinExcellentShare",
                        List.of(i + 1, places, base)));
            } else if (i < excellent + tied) {
                tiedStations.add(p.stationId());
                outcomes.add(new Outcome(p.stationId(), p.total(), null, REASON + "tiePending",
                        List.of(places - excellent)));
            } else {
                outcomes.add(new Outcome(p.stationId(), p.total(), Grade.QUALIFIED, REASON + "outsideExcellentShare",
                        List.of(i + 1, places, base)));
            }
        }
        Tie tie = tied == 0 ? null : new Tie(ranked.get(excellent).total(), tiedStations, places - excellent);
        return new GradingResult(parameters, base, places, outcomes, tie, null);
    }
}
