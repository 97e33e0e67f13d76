package cn.quzhou.stations.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Opens the evaluation of {@code year}.
 *
 * @param reportDeadline last day (Beijing time, inclusive) for self-reports
 * @param recognisedBy   stations recognised on or before this day take part; null = 31 December of the year
 */
public record OpenRoundCommand(@NotNull @Min(2021) @Max(2100) Integer year,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportDeadline,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recognisedBy) {
}
