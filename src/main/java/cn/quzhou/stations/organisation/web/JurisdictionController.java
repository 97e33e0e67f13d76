package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.JurisdictionCommand;
import cn.quzhou.stations.organisation.JurisdictionKind;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.shared.Forms;
import jakarta.validation.Valid;
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

@Controller
@RequestMapping("/admin/jurisdictions")
class JurisdictionController {

    private final Jurisdictions jurisdictions;

    JurisdictionController(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @ModelAttribute("kinds")
    JurisdictionKind[] kinds() {
        return JurisdictionKind.values();
    }

    @GetMapping
    @PreAuthorize("hasAuthority('jurisdiction:manage')")
    String list(Model model) {
        model.addAttribute("form", new JurisdictionCommand(null, null, JurisdictionKind.COUNTY));
        return page(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") JurisdictionCommand form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "notice.saved", "redirect:/admin/jurisdictions",
                () -> jurisdictions.create(form),
                () -> page(model));
    }

    @PostMapping("/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        jurisdictions.setActive(id, active);
        Forms.notice(redirect, "notice.saved");
        return "redirect:/admin/jurisdictions";
    }

    private String page(Model model) {
        model.addAttribute("jurisdictions", jurisdictions.list());
        return "organisation/jurisdictions/list";
    }
}
