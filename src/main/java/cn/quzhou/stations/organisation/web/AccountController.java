package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.AccountFilter;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.organisation.NewAccountCommand;
import cn.quzhou.stations.organisation.ResetOutcome;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.PageMessage;
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
    private final cn.quzhou.stations.organisation.AccountBatches batches;
    private final Clock clock;
    private final Jurisdictions jurisdictions;

    AccountController(Accounts accounts, cn.quzhou.stations.organisation.AccountBatches batches, Clock clock,
                      Jurisdictions jurisdictions) {
        this.accounts = accounts;
        this.batches = batches;
        this.clock = clock;
        this.jurisdictions = jurisdictions;
    }

    /** An unknown role or a malformed filter binds to nothing (the list unfiltered), never an error page. */
    @GetMapping
    String list(ListRequest request, @ModelAttribute("filter") AccountFilter filter, BindingResult ignored,
                Model model) {
        AccountFilter given = filter == null ? AccountFilter.none() : filter;
        model.addAttribute("filter", given);
        model.addAttribute("accounts", accounts.page(request, given));
        model.addAttribute("jurisdictions", jurisdictions.list());
        model.addAttribute("roles", Role.values());
        if (cn.quzhou.stations.organisation.PlatformUser.current().can("account:approve-reset")) {
            model.addAttribute("pendingResets", accounts.pendingResets());
        }
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
        return Forms.created(result, redirect, "notice.saved", () -> accounts.create(form).id(),
                id -> "redirect:/admin/accounts/" + id, () -> form(model));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("options", accounts.bindingOptions());
        model.addAttribute("roles", Role.values());
        model.addAttribute("now", clock.instant());
        return "organisation/accounts/detail";
    }

    /** 批量启用/停用: every ticked account, each on its own; the list shows what happened to each. */
    @PostMapping("/enabled")
    String setEnabled(@RequestParam(required = false) java.util.List<Long> ids, @RequestParam boolean enabled,
                      @RequestParam(required = false) String back, RedirectAttributes redirect) {
        String target = "redirect:" + (back != null && back.startsWith("/admin/accounts") && !back.contains("//")
                ? back : "/admin/accounts");
        return Forms.act(redirect, null, target,
                () -> redirect.addFlashAttribute("batchOutcomes", batches.setEnabled(ids, enabled)));
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.setEnabled(id, enabled));
    }

    /** A refused grant (三员分立, separation of duties, a missing binding) is shown at the role field. */
    @PostMapping("/{id}/roles/grant")
    String grant(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect) {
        String target = "redirect:/admin/accounts/" + id;
        return Forms.attempt(redirect, "notice.saved", target, () -> accounts.grant(id, role), refused -> {
            redirect.addFlashAttribute("roleProblem", PageMessage.of(refused));
            redirect.addFlashAttribute("roleTried", role);
            return target;
        });
    }

    @PostMapping("/{id}/roles/revoke")
    String revoke(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.revoke(id, role));
    }

    @PostMapping("/{id}/email")
    String changeEmail(@PathVariable long id, @Valid @ModelAttribute AccountEmailForm form, BindingResult result,
                       RedirectAttributes redirect) {
        if (result.hasErrors()) {
            Forms.problem(redirect, "account.error.email");
            return "redirect:/admin/accounts/" + id;
        }
        return act(id, redirect, () -> accounts.changeEmail(id, form.email()));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.unlock(id));
    }

    /**
     * Nobody types another person's password: a business account's one-time secret is shown once (a flash attribute,
     * gone after this redirect); an administrator's reset only files a request for a second administrator.
     */
    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            ResetOutcome outcome = accounts.resetPassword(id);
            if (outcome.pending()) {
                redirect.addFlashAttribute("resetRequested", Boolean.TRUE);
            } else {
                redirect.addFlashAttribute("temporarySecret", outcome.temporarySecret());
            }
        });
    }

    @PostMapping("/resets/{requestId}/approve")
    String approveReset(@PathVariable long requestId, RedirectAttributes redirect) {
        return Forms.act(redirect, "account.reset.approved", "redirect:/admin/accounts",
                () -> accounts.approveReset(requestId));
    }

    /** Ends every session of the account, on every instance (在线用户 ends a single one). */
    @PostMapping("/{id}/sessions/end")
    String signOutEverywhere(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> accounts.signOutEverywhere(id));
    }

    private static String act(long id, RedirectAttributes redirect, Runnable command) {
        return Forms.act(redirect, "notice.saved", "redirect:/admin/accounts/" + id, command);
    }

    private String form(Model model) {
        model.addAttribute("options", accounts.bindingOptions());
        return "organisation/accounts/form";
    }
}
