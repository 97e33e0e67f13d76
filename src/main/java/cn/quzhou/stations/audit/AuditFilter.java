package cn.quzhou.stations.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit list's filters, each optional: a date range (inclusive, Beijing time), one action (e.g.
 * {@code unit.update}) and an outcome. The keyword ({@code q}) is matched over actor, action and target.
 */
public record AuditFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String action,
                          AuditOutcome outcome) {

    public AuditFilter {
        action = cn.quzhou.stations.shared.Texts.clean(action);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
