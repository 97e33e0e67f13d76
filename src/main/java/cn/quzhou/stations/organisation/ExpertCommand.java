package cn.quzhou.stations.organisation;

import cn.quzhou.stations.shared.Masks;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An entry of the expert pool. Its unit and societies are what conflict-of-interest checks read. */
public record ExpertCommand(@NotBlank @Size(max = 50) String name, @Size(max = 100) String title,
                            @NotBlank @Size(max = 100) String field, @NotBlank @Size(max = 200) String organisation,
                            Long hostUnitId, @Size(max = 40) String phone, @Email @Size(max = 120) String email,
                            @Size(max = 50, message = "{input.error.tooMany}") Set<Long> societyIds) {

    /**
     * The command with a phone or e-mail that reads exactly as the stored value masked ({@code 133****5678}) replaced
     * by the stored value: a client that sends back what the API showed it keeps the contact instead of overwriting
     * it with stars.
     */
    public ExpertCommand keepingMasked(String storedPhone, String storedEmail) {
        return new ExpertCommand(name, title, field, organisation, hostUnitId, Masks.unmasked(phone, storedPhone),
                Masks.unmasked(email, storedEmail), societyIds);
    }

    public static ExpertCommand empty() {
        return new ExpertCommand(null, null, null, null, null, null, null, Set.of());
    }
}
