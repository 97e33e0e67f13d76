package cn.quzhou.stations.station;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One event as the host unit records it; what the kind needs is checked by {@link Stations#recordEvidence}. */
public record EvidenceCommand(@NotNull @Min(2021) @Max(2100) Integer year, @NotNull EvidenceKind kind,
                              @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
                              @NotBlank @Size(max = 2000) String description,
                              @Min(value = 0, message = "{evidence.error.attendanceNegative}") Integer attendance,
                              EvidenceLevel level,
                              @DecimalMin(value = "0.5", message = "{evidence.error.days}")
                              @DecimalMax(value = "366", message = "{evidence.error.days}") BigDecimal days) {
}
