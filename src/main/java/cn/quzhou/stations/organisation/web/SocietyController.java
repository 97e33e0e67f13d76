package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.organisation.SocietyCommand;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.SocietyView;
import cn.quzhou.stations.shared.ListRequest;
import jakarta.servlet.http.HttpServletResponse;
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
@RequestMapping("/societies")
class SocietyController {

    private final Societies societies;
    private final OrganisationExports exports;

    SocietyController(Societies societies, OrganisationExports exports) {
        this.societies = societies;
        this.exports = exports;
    }

    @ModelAttribute("levels")
    SocietyLevel[] levels() {
        return SocietyLevel.values();
    }

    /** An unknown level does not bind (the filter is null: every level), never an error page. */
    @GetMapping
    String list(ListRequest request, @ModelAttribute("filter") SocietyFilter filter, BindingResult ignored,
                Model model) {
        SocietyFilter given = filter == null ? new SocietyFilter(null) : filter;
        model.addAttribute("filter", given);
        model.addAttribute("societies", societies.page(request, given.level()));
        return "organisation/societies/list";
    }

    @GetMapping("/export")
    void export(ListRequest request, @ModelAttribute("filter") SocietyFilter filter, BindingResult ignored,
                HttpServletResponse response) {
        SocietyLevel level = filter == null ? null : filter.level();
        exports.societies(response, out -> societies.export(request, level, out));
    }

    /** The "显示" of a society's masked phone (htmx): the full value in place of the masked one; audited by the facade. */
    @GetMapping("/{id}/personal/phone")
    String revealPhone(@PathVariable long id, Model model) {
        model.addAttribute("field", "phone-" + id);
        model.addAttribute("value", societies.revealPhone(id));
        return "application/personal :: revealed";
    }

    /** The society list's one filter, bound leniently. */
    record SocietyFilter(SocietyLevel level) {
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('society:manage')")
    String newForm(Model model) {
        model.addAttribute("form", SocietyCommand.empty());
        return "organisation/societies/form";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") SocietyCommand form, BindingResult result, RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "notice.saved", "redirect:/societies", () -> societies.create(form),
                () -> "organisation/societies/form");
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('society:manage')")
    String editForm(@PathVariable long id, Model model) {
        SocietyView society = societies.get(id);
        model.addAttribute("society", society);
        model.addAttribute("form", society.toCommand());
        return "organisation/societies/form";
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") SocietyCommand form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("society", societies.get(id));
        return Forms.submit(result, redirect, "notice.saved", "redirect:/societies",
                () -> societies.update(id, version, form), () -> "organisation/societies/form");
    }
}
