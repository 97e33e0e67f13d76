package cn.quzhou.stations.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new local account without a password (an import file never carries one): the account receives a generated
 * one-time secret out of band and its holder chooses a password at the first sign-in. Same rules as
 * {@link NewAccountCommand} otherwise; roles are granted afterwards by the security administrator (三员分立).
 */
public record ActivatedAccountCommand(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "{validation.username}") String username,
        @NotBlank @Size(max = 100) String displayName,
        Long hostUnitId, Long jurisdictionId, Long societyId,
        @Email(message = "{validation.email}") @Size(max = 120) String email) {
}
