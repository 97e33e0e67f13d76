package cn.quzhou.stations.organisation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Creating a personal access token: a name to recognise it by and, optionally, how many days it lives. */
public record AccessTokenForm(
        @NotBlank @Size(max = 100) String name,
        @Min(value = 1, message = "{token.error.validDays}") @Max(value = 365, message = "{token.error.validDays}")
        Integer validDays) {

    public static AccessTokenForm empty() {
        return new AccessTokenForm(null, 90);
    }
}
