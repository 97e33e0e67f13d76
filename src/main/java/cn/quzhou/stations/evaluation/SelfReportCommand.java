package cn.quzhou.stations.evaluation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The host unit's self-report: its summary and its own view of the qualitative items.
 *
 * @param parts    check-item parts declared met, as "item:part" (e.g. "A1.1:OFFICE", "A2.2:CONTENT")
 * @param reach    A2.3's tier reached (PROVINCE, CITY, COUNTY) or null
 * @param coverage A2.1: the activity plan's coverage of the contract, in percent, or null
 */
public record SelfReportCommand(@Size(max = 10000) String summary, Set<String> parts, String reach,
        @DecimalMin("0") @DecimalMax("100") BigDecimal coverage) {

    public SelfReportCommand {
        parts = parts == null ? Set.of() : Set.copyOf(parts);
    }
}
