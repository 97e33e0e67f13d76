package cn.quzhou.stations.evaluation.web;

import cn.quzhou.stations.evaluation.TieCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The city CAST's tie decision as typed: the stations chosen and the reason. */
record TieForm(List<Long> chosen, @NotBlank @Size(max = 400) String reason) {

    static TieForm of(List<Long> chosen, String reason) {
        return new TieForm(chosen == null ? List.of() : chosen, reason);
    }

    TieCommand command() {
        return new TieCommand(chosen, reason);
    }
}
