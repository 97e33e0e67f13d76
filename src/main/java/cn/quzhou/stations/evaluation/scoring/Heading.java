package cn.quzhou.stations.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** A level-1 or level-2 indicator of appendix 2, e.g. {@code A} 服务站建设基本情况 (35), {@code A1} 基础建设 (20). */
public record Heading(String code, String name, BigDecimal nominalPoints) {

    public Heading {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        nominalPoints = Decimals.canonical(Objects.requireNonNull(nominalPoints, "nominalPoints"));
    }
}
