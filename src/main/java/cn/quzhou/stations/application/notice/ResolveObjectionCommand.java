package cn.quzhou.stations.application.notice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Upholds (the station fails) or dismisses (it continues) an objection, with the reason recorded. */
public record ResolveObjectionCommand(@NotNull Boolean upheld, @NotBlank @Size(max = 2000) String reason, int version) {
}
