package cn.quzhou.stations.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record JurisdictionCommand(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 64) String name,
                                  @NotNull JurisdictionKind kind) {
}
