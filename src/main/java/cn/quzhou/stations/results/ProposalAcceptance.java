package cn.quzhou.stations.results;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The city CAST's acceptance of a revocation proposal: the revocation's reason, document and date. */
public record ProposalAcceptance(@NotBlank @Size(max = 2000) String reason,
        @NotBlank @Size(max = 64) String documentNumber,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn) {
}
