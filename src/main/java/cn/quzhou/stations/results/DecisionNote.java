package cn.quzhou.stations.results;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reason given with a refusal: a rejected correction, a returned report, a dismissed proposal. */
public record DecisionNote(@NotBlank @Size(max = 2000) String note) {
}
