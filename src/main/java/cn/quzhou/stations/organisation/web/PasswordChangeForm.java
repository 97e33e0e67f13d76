package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.StrongPassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordChangeForm(@NotBlank @Size(max = 128) String currentPassword,
                          @NotBlank @Size(max = 128) @StrongPassword String newPassword,
                          @NotBlank @Size(max = 128) String confirmPassword) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm(null, null, null);
    }

    boolean confirmed() {
        return newPassword == null || newPassword.equals(confirmPassword);
    }
}
