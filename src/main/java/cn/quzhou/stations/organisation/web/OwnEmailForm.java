package cn.quzhou.stations.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The holder's own e-mail address, set with the current password (see {@code Accounts.changeOwnEmail}). */
record OwnEmailForm(@NotBlank @Size(max = 128) String password,
                    @Email(message = "{validation.email}") @Size(max = 120) String email) {

    static OwnEmailForm of(String email) {
        return new OwnEmailForm(null, email);
    }
}
