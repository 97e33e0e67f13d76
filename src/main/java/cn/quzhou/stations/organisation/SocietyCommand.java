package cn.quzhou.stations.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record SocietyCommand(@NotBlank @Size(max = 200) String name, @NotNull SocietyLevel level,
                             @Size(max = 200) String branch, @Size(max = 100) String contact,
                             @Size(max = 40) String phone) {

    public static SocietyCommand empty() {
        return new SocietyCommand(null, null, null, null, null);
    }
}
