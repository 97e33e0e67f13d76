package cn.quzhou.stations.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's decision at the current step. {@code version} is the version the reviewer saw: if
 * someone else decided in between, the decision is refused as already handled.
 */
public record ReviewCommand(@NotNull ReviewDecision decision, @NotBlank @Size(max = 2000) String opinion,
                            boolean sealConfirmed, int version) {
}
