package cn.quzhou.stations.evaluation.scoring;

import java.math.BigDecimal;

/** Canonical form of exact numbers, so that 5, 5.0 and 5.00 (as PostgreSQL numeric returns them) are one value. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
