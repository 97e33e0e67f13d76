package cn.quzhou.stations.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** An assigned expert's judgement of the judged item (C4) with a comment; its range is the measures' (checked by the facade). */
public record JudgementCommand(@NotNull @DecimalMin("0") @Schema(example = "4.5",
        description = "0 到现行指标表的上限（2021 年版为 5）/ 0 to the maximum of the measures in force (5 in 2021)")
        BigDecimal judgement,
        @Size(max = 2000) String comment) {
}
