package cn.quzhou.stations.funding;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One expense of the grant as the host unit records it (Art. 9); the voucher comes as a file beside it. */
public record ExpenseCommand(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate entryDate,
                             @NotNull @DecimalMin(value = "0.01", message = "{funding.error.amountPositive}")
                             @Digits(integer = 12, fraction = 2, message = "{funding.error.amountDigits}") BigDecimal amount,
                             @NotBlank @Size(max = 40) String category,
                             @NotBlank @Size(max = 200) String payee,
                             @NotBlank @Size(max = 1000) String purpose,
                             @Size(max = 200) String project) {
}
