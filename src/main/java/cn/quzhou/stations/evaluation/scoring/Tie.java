package cn.quzhou.stations.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Stations tied on {@code score} across the EXCELLENT line: the engine does not choose; the city CAST gives
 * {@code placesLeft} of them EXCELLENT, with reasons (decision D4).
 */
public record Tie(BigDecimal score, List<Long> stations, int placesLeft) {

    public Tie {
        stations = List.copyOf(stations);
    }
}
