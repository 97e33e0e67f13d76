package cn.quzhou.stations.application.panel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Fixes the recommended list: a decision for every application of the batch. While assigned sheets
 * are missing, the list is refused unless {@code overrideReason} says why it is fixed anyway.
 */
public record ListCommand(@NotEmpty @Valid List<Decision> decisions, @Size(max = 2000) String overrideReason,
                          boolean sealConfirmed, int version) {

    /** Recommend (→ RECOMMENDED) or not (→ REJECTED, {@code reason} required); a reason may accompany a recommendation. */
    public record Decision(long applicationId, boolean recommend, @Size(max = 2000) String reason) {
    }
}
