package cn.quzhou.stations.evaluation;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** An assigned expert's judgement of the judged item (C4) with a comment; its range is the measures' (checked by the facade). */
public record JudgementCommand(@NotNull @DecimalMin("0") BigDecimal judgement,
        @Size(max = 2000) String comment) {
}
