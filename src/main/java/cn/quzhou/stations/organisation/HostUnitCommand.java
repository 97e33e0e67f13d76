package cn.quzhou.stations.organisation;

import cn.quzhou.stations.shared.ValidCreditCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Registering or correcting a host unit; bound straight from the form and from the API. */
public record HostUnitCommand(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @ValidCreditCode String creditCode,
        @NotNull Long jurisdictionId,
        @NotNull UnitNature nature,
        @Size(max = 100) String natureOther,
        @NotEmpty Set<BusinessField> businessFields,
        @Size(max = 100) String businessFieldOther,
        @Size(max = 50) String legalRepresentative,
        @Size(max = 200) String address,
        @Pattern(regexp = "^$|^\\d{6}$", message = "{validation.postcode}") String postcode) {

    public static HostUnitCommand empty() {
        return new HostUnitCommand(null, null, null, null, null, Set.of(), null, null, null, null);
    }
}
