package cn.quzhou.stations.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new local account, created by the system administrator with its binding; roles are granted
 * afterwards by the security administrator (三员分立).
 */
public record NewAccountCommand(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "{validation.username}") String username,
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Size(max = 128) @StrongPassword String password,
        Long hostUnitId, Long jurisdictionId, Long expertId, Long societyId,
        @Email(message = "{validation.email}") @Size(max = 120) String email) {

    public static NewAccountCommand empty() {
        return new NewAccountCommand(null, null, null, null, null, null, null, null);
    }
}
