package cn.quzhou.stations.organisation;

import cn.quzhou.stations.shared.Masks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record SocietyCommand(@NotBlank @Size(max = 200) String name, @NotNull SocietyLevel level,
                             @Size(max = 200) String branch, @Size(max = 100) String contact,
                             @Size(max = 40) String phone) {

    /** The command with a phone sent back exactly as shown masked replaced by the stored one (see {@link Masks#unmasked}). */
    public SocietyCommand keepingMasked(String storedPhone) {
        return new SocietyCommand(name, level, branch, contact, Masks.unmasked(phone, storedPhone));
    }

    public static SocietyCommand empty() {
        return new SocietyCommand(null, null, null, null, null);
    }
}
