package cn.quzhou.stations.station;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

public record DueDatesCommand(@NotNull @Min(2021) @Max(2100) Integer year,
                              @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate planDueOn,
                              @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate summaryDueOn) {
}
