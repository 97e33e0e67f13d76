package cn.quzhou.stations.funding;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A disbursement as the city CAST records it; the payer follows from Art. 11 and is not typed. */
public record PaymentCommand(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
                             @NotNull @DecimalMin(value = "0.01", message = "{funding.error.amountPositive}")
                             @Digits(integer = 12, fraction = 2, message = "{funding.error.amountDigits}") BigDecimal amount,
                             @NotBlank @Size(max = 64) String documentNumber,
                             @NotBlank @Size(max = 64) String bankReference) {
}
