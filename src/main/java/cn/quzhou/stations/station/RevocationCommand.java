package cn.quzhou.stations.station;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

public record RevocationCommand(@NotNull RevocationCause cause, @NotBlank @Size(max = 2000) String reason,
                                @NotBlank @Size(max = 64) String documentNumber,
                                @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn) {
}
