package cn.quzhou.stations.application.panel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The panel's aggregate for one application: how many sheets are in of how many assigned, and the
 * mean of the submitted totals — trimmed (highest and lowest dropped) when the policy says so and
 * enough sheets are in. {@code value} is null while no sheet is in.
 */
public record PanelScore(int submitted, int assigned, BigDecimal value, boolean trimmed) {

    public boolean complete() {
        return submitted == assigned && assigned > 0;
    }

    public static PanelScore of(List<BigDecimal> submittedTotals, int assigned, SheetPolicyView policy) {
        if (submittedTotals.isEmpty()) {
            return new PanelScore(0, assigned, null, false);
        }
        List<BigDecimal> counted = new ArrayList<>(submittedTotals);
        counted.sort(null);
        boolean trim = policy.trimExtremes() && counted.size() >= policy.trimMinSheets();
        if (trim) {
            counted = counted.subList(1, counted.size() - 1);
        }
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(counted.size()), policy.resultDecimals(), RoundingMode.HALF_UP);
        return new PanelScore(submittedTotals.size(), assigned, mean, trim);
    }
}
