package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.HostUnitCommand;
import cn.quzhou.stations.organisation.HostUnitView;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.UnitFilter;
import cn.quzhou.stations.organisation.UnitNature;
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
@RequestMapping("/units")
class HostUnitController {

    private final HostUnits units;
    private final Jurisdictions jurisdictions;
    private final OrganisationExports exports;

    HostUnitController(HostUnits units, Jurisdictions jurisdictions, OrganisationExports exports) {
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.exports = exports;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("natures", UnitNature.values());
        model.addAttribute("fields", BusinessField.values());
    }

    /**
     * A filter value that does not bind (an unknown nature, a jurisdiction that is no number) leaves the filter out
     * (null here: constructor binding gives up on the record), never an error page.
     */
    @GetMapping
    String list(ListRequest request, @ModelAttribute("filter") UnitFilter filter, BindingResult ignored, Model model) {
        UnitFilter given = filter == null ? UnitFilter.none() : filter;
        model.addAttribute("filter", given);
        model.addAttribute("jurisdictions", jurisdictions.list());
        model.addAttribute("units", units.page(request, given));
        return "organisation/units/list";
    }

    @GetMapping("/export")
    void export(ListRequest request, @ModelAttribute("filter") UnitFilter filter, BindingResult ignored,
                HttpServletResponse response) {
        UnitFilter given = filter == null ? UnitFilter.none() : filter;
        exports.units(response, out -> units.export(request, given, out));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("unit", units.get(id));
        return "organisation/units/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('unit:manage')")
    String newForm(Model model) {
        model.addAttribute("form", HostUnitCommand.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") HostUnitCommand form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return Forms.created(result, redirect, "notice.saved", () -> units.create(form).id(),
                id -> "redirect:/units/" + id, () -> form(model, null));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('unit:manage')")
    String editForm(@PathVariable long id, Model model) {
        HostUnitView unit = units.get(id);
        model.addAttribute("form", unit.toCommand());
        return form(model, unit);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") HostUnitCommand form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        HostUnitView unit = units.get(id);
        return Forms.submit(result, redirect, "notice.saved", "redirect:/units/" + id,
                () -> units.update(id, version, form), () -> form(model, unit));
    }

    private String form(Model model, HostUnitView unit) {
        model.addAttribute("unit", unit);
        model.addAttribute("jurisdictions", jurisdictions.active());
        return "organisation/units/form";
    }
}
