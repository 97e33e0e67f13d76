package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.shared.Forms;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The holder's own credentials: the password (forced after a bootstrap or reset) and the e-mail address. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final Accounts accounts;

    PasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", PasswordChangeForm.empty());
        model.addAttribute("emailForm", OwnEmailForm.of(accounts.ownEmail()));
        return "organisation/password";
    }

    @PostMapping("/email")
    String changeEmail(@Valid @ModelAttribute("emailForm") OwnEmailForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        model.addAttribute("form", PasswordChangeForm.empty());
        return Forms.submit(result, redirect, "account.email.changed", "redirect:/account/password",
                () -> accounts.changeOwnEmail(form.password(), form.email()), () -> "organisation/password");
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result, HttpSession session,
                  Model model, RedirectAttributes redirect) {
        if (!form.confirmed()) {
            result.rejectValue("confirmPassword", "password.error.confirm");
        }
        return Forms.submit(result, redirect, "password.changed", "redirect:/",
                () -> {
                    accounts.changeOwnPassword(form.currentPassword(), form.newPassword());
                    session.removeAttribute(MustChangePasswordInterceptor.ATTRIBUTE);
                },
                () -> {
                    model.addAttribute("emailForm", OwnEmailForm.of(accounts.ownEmail()));
                    return "organisation/password";
                });
    }
}
