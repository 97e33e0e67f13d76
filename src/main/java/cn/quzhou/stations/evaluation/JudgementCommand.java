package cn.quzhou.stations.evaluation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** An assigned expert's judgement of C4 (0–5) with a comment. */
public record JudgementCommand(@NotNull @DecimalMin("0") @DecimalMax("5") BigDecimal judgement,
        @Size(max = 2000) String comment) {
}
