package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.organisation.SocietyCommand;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.SocietyView;
import cn.quzhou.stations.shared.BusinessRuleException;
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

    SocietyController(Societies societies) {
        this.societies = societies;
    }

    @ModelAttribute("levels")
    SocietyLevel[] levels() {
        return SocietyLevel.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("societies", societies.list());
        return "organisation/societies/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('society:manage')")
    String newForm(Model model) {
        model.addAttribute("form", SocietyCommand.empty());
        return "organisation/societies/form";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") SocietyCommand form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "organisation/societies/form";
        }
        try {
            societies.create(form);
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/societies";
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return "organisation/societies/form";
        }
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
        if (result.hasErrors()) {
            return "organisation/societies/form";
        }
        try {
            societies.update(id, version, form);
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/societies";
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return "organisation/societies/form";
        }
    }
}
