package cn.quzhou.stations.station;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ReportCommand(@NotNull @Min(2021) @Max(2100) Integer year, @NotNull ReportKind kind,
                            @NotBlank @Size(max = 20000) String content) {
}
