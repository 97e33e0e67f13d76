package cn.quzhou.stations.funding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an expense is reversed: the reversing entry keeps the reason, and both entries stay visible. */
public record ReversalCommand(@NotBlank @Size(max = 1000) String reason) {
}
