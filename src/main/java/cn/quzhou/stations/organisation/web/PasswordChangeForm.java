package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.StrongPassword;
import jakarta.validation.constraints.NotBlank;

record PasswordChangeForm(@NotBlank String currentPassword, @NotBlank @StrongPassword String newPassword,
                          @NotBlank String confirmPassword) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm(null, null, null);
    }

    boolean confirmed() {
        return newPassword == null || newPassword.equals(confirmPassword);
    }
}
