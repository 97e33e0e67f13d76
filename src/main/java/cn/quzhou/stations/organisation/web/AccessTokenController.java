package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.CreatedToken;
import cn.quzhou.stations.shared.Forms;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's personal access tokens for the JSON API. A new token is shown once, in the
 * answer to the form (not through a redirect, so it never sits in the session).
 */
@Controller
@RequestMapping("/account/tokens")
class AccessTokenController {

    private final AccessTokens tokens;

    AccessTokenController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", AccessTokenForm.empty());
        return page(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AccessTokenForm form, BindingResult result, Model model) {
        // the new token is shown once, on this page: no redirect, the form emptied
        return Forms.submit(result, () -> {
            CreatedToken created = tokens.create(form.name(), form.validDays());
            model.addAttribute("created", created);
            model.addAttribute("form", AccessTokenForm.empty());
            return page(model);
        }, () -> page(model));
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        Forms.notice(redirect, "token.revoked");
        return "redirect:/account/tokens";
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.mine());
        return "organisation/tokens";
    }
}
