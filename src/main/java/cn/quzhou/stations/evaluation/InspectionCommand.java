package cn.quzhou.stations.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** 现场考察 (Art. 15): when, who, what was found. */
public record InspectionCommand(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
        @NotBlank @Size(max = 500) String inspectors, @NotBlank @Size(max = 4000) String findings) {
}
