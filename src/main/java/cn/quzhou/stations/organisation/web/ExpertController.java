package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.ExpertCommand;
import cn.quzhou.stations.organisation.ExpertPool;
import cn.quzhou.stations.organisation.ExpertView;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
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
@RequestMapping("/experts")
class ExpertController {

    private final ExpertPool experts;
    private final HostUnits units;
    private final Societies societies;
    private final OrganisationExports exports;

    ExpertController(ExpertPool experts, HostUnits units, Societies societies, OrganisationExports exports) {
        this.experts = experts;
        this.units = units;
        this.societies = societies;
        this.exports = exports;
    }

    @GetMapping
    String list(cn.quzhou.stations.shared.ListRequest request, Model model) {
        model.addAttribute("experts", experts.page(request));
        return "organisation/experts/list";
    }

    @GetMapping("/export")
    void export(cn.quzhou.stations.shared.ListRequest request, HttpServletResponse response) {
        exports.experts(response, out -> experts.export(request, out));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('expert:manage')")
    String newForm(Model model) {
        model.addAttribute("form", ExpertCommand.empty());
        return form(model);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") ExpertCommand form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "notice.saved", "redirect:/experts", () -> experts.create(form),
                () -> form(model));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('expert:manage')")
    String editForm(@PathVariable long id, Model model) {
        ExpertView expert = experts.get(id);
        model.addAttribute("expert", expert);
        model.addAttribute("form", expert.toCommand());
        return form(model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") ExpertCommand form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("expert", experts.get(id));
        return Forms.submit(result, redirect, "notice.saved", "redirect:/experts",
                () -> experts.update(id, version, form), () -> form(model));
    }

    private String form(Model model) {
        model.addAttribute("units", units.list(null));
        model.addAttribute("societies", societies.list());
        return "organisation/experts/form";
    }
}
