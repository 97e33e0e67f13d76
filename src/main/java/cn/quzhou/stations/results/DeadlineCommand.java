package cn.quzhou.stations.results;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Another rectification deadline, set by the city CAST with its reason. */
public record DeadlineCommand(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
        @NotBlank @Size(max = 2000) String reason) {
}
