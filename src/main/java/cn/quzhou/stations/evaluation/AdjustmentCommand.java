package cn.quzhou.stations.evaluation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A reviewer's adjustment of one item, always with its reason. */
public record AdjustmentCommand(@NotBlank @Size(max = 16) String itemCode,
        @NotNull @DecimalMin("-100") @DecimalMax("100") BigDecimal points, @NotBlank @Size(max = 2000) String reason) {
}
