package cn.quzhou.stations.results;

import cn.quzhou.stations.evaluation.scoring.Grade;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A proposed correction of a station's result in force for {@code year}: a new grade and/or total (what is left
 * empty stays as it is), always with a reason.
 */
public record CorrectionCommand(@NotNull Integer year, Grade grade,
        @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal total,
        @NotBlank @Size(max = 2000) String reason) {
}
