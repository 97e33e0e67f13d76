package cn.quzhou.stations.funding;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A repayment of a clawback, as the city CAST records it. */
public record RepaymentCommand(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate repaidOn,
                               @NotNull @DecimalMin(value = "0.01", message = "{funding.error.amountPositive}")
                               @Digits(integer = 12, fraction = 2, message = "{funding.error.amountDigits}") BigDecimal amount,
                               @NotBlank @Size(max = 64) String reference) {
}
