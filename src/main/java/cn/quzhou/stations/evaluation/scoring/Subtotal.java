package cn.quzhou.stations.evaluation.scoring;

import java.math.BigDecimal;

/** Points of a level-1 or level-2 indicator: the sum of its items (may exceed the nominal via uncapped items). */
public record Subtotal(Heading heading, BigDecimal points) {
}
