package cn.quzhou.stations.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Art. 17 as data: a total below {@code passLine} is UNQUALIFIED; at most {@code excellentShare} of the year's
 * 参评基数 (every station due, non-submitters included) is EXCELLENT, the product rounded with
 * {@code excellentRounding} (decision D4: down).
 */
public record GradingParameters(BigDecimal passLine, BigDecimal excellentShare, RoundingMode excellentRounding) {

    public GradingParameters {
        passLine = Decimals.canonical(Objects.requireNonNull(passLine, "passLine"));
        excellentShare = Decimals.canonical(Objects.requireNonNull(excellentShare, "excellentShare"));
        Objects.requireNonNull(excellentRounding, "excellentRounding");
        if (excellentShare.signum() < 0 || excellentShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("excellent share must lie in [0, 1]: " + excellentShare);
        }
    }

    /** The most EXCELLENT grades a year with {@code base} stations due can have: 3 of 17 at 20 %, rounded down. */
    public int excellentPlaces(int base) {
        return excellentShare.multiply(BigDecimal.valueOf(base)).setScale(0, excellentRounding).intValueExact();
    }
}
