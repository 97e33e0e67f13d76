package cn.quzhou.stations.results;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The host unit's rectification report (the evidence file comes beside it). */
public record RectificationReport(@NotBlank @Size(max = 4000) String report) {
}
