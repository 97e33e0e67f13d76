package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.NewAccountCommand;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.Forms;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account administration for the system and security administrators. */
@Controller
@RequestMapping("/admin/accounts")
class AccountController {

    private final Accounts accounts;
    private final Clock clock;

    AccountController(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("now", clock.instant());
        return "organisation/accounts/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('account:manage')")
    String newForm(Model model) {
        model.addAttribute("form", NewAccountCommand.empty());
        return form(model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") NewAccountCommand form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            long id = accounts.create(form).id();
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/admin/accounts/" + id;
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return form(model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("options", accounts.bindingOptions());
        model.addAttribute("roles", Role.values());
        model.addAttribute("now", clock.instant());
        return "organisation/accounts/detail";
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.setEnabled(id, enabled));
    }

    @PostMapping("/{id}/roles/grant")
    String grant(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.grant(id, role));
    }

    @PostMapping("/{id}/roles/revoke")
    String revoke(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.revoke(id, role));
    }

    @PostMapping("/{id}/email")
    String changeEmail(@PathVariable long id, @Valid @ModelAttribute AccountEmailForm form, BindingResult result,
                       RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("problem", "account.error.email");
            return "redirect:/admin/accounts/" + id;
        }
        return act(id, redirect, () -> accounts.changeEmail(id, form.email()));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.unlock(id));
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String temporaryPassword, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.resetPassword(id, temporaryPassword));
    }

    /** Ends every session of the account, on every instance (在线用户 ends a single one). */
    @PostMapping("/{id}/sessions/end")
    String signOutEverywhere(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.signOutEverywhere(id));
    }

    private String act(long id, RedirectAttributes redirect, Runnable command) {
        try {
            command.run();
            redirect.addFlashAttribute("notice", "notice.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/admin/accounts/" + id;
    }

    private String form(Model model) {
        model.addAttribute("options", accounts.bindingOptions());
        return "organisation/accounts/form";
    }
}
