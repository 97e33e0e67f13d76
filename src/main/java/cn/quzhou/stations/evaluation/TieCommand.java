package cn.quzhou.stations.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The city CAST's decision on a tie across the EXCELLENT line: the stations chosen and why (decision D4). */
public record TieCommand(List<Long> chosen, @NotBlank @Size(max = 400) String reason) {

    public TieCommand {
        chosen = chosen == null ? List.of() : List.copyOf(chosen);
    }
}
