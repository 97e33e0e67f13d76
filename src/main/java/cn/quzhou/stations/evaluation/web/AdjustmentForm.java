package cn.quzhou.stations.evaluation.web;

import cn.quzhou.stations.evaluation.AdjustmentCommand;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A reviewer's adjustment as typed: the item, the points and the mandatory reason. */
record AdjustmentForm(@NotBlank @Size(max = 16) String itemCode, @NotNull @DecimalMin("-100") @DecimalMax("100") BigDecimal points,
        @NotBlank @Size(max = 2000) String reason) {

    static AdjustmentForm empty() {
        return new AdjustmentForm(null, null, null);
    }

    AdjustmentCommand command() {
        return new AdjustmentCommand(itemCode, points, reason);
    }
}
