package cn.quzhou.stations.application.web;

import cn.quzhou.stations.application.ApplicationDraft;
import cn.quzhou.stations.application.ApplicationFilter;
import cn.quzhou.stations.application.ApplicationIncompleteException;
import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.ApplicationView;
import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.application.FieldProblem;
import cn.quzhou.stations.application.ReviewCommand;
import cn.quzhou.stations.application.ReviewDecision;
import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.UnitNature;
import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.shared.ListRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.function.Supplier;
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

/** The 申请书 pages: list, the form (draft, submit, resubmit), the detail with its opinion boxes, and review. */
@Controller
@RequestMapping("/applications")
class ApplicationController {

    private static final String FORM = "application/form";

    private final Applications applications;
    private final Societies societies;
    private final Jurisdictions jurisdictions;
    private final ApplicationExports exports;

    ApplicationController(Applications applications, Societies societies, Jurisdictions jurisdictions,
                          ApplicationExports exports) {
        this.applications = applications;
        this.societies = societies;
        this.jurisdictions = jurisdictions;
        this.exports = exports;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("natures", UnitNature.values());
        model.addAttribute("fields", BusinessField.values());
        model.addAttribute("levels", SocietyLevel.values());
        model.addAttribute("statuses", ApplicationStatus.values());
    }

    @GetMapping
    String list(ListRequest request, @RequestParam(required = false) String jurisdiction,
                @RequestParam(required = false) String level, @RequestParam(required = false) String status,
                @RequestParam(required = false) String year, Model model) {
        ApplicationFilter filter = ApplicationFilter.lenient(jurisdiction, level, status, year);
        model.addAttribute("filter", filter);
        model.addAttribute("jurisdictions", jurisdictions.list());
        model.addAttribute("applications", applications.page(request, filter));
        // 批量通过 is the county CAST's (issue #14 item 8): the rows waiting at its review get a tick box
        model.addAttribute("batchPass", cn.quzhou.stations.organisation.PlatformUser.current()
                .has(cn.quzhou.stations.organisation.Role.COUNTY_CAST));
        return "application/list";
    }

    @GetMapping("/export")
    void export(ListRequest request, @RequestParam(required = false) String jurisdiction,
                @RequestParam(required = false) String level, @RequestParam(required = false) String status,
                @RequestParam(required = false) String year, HttpServletResponse response) {
        ApplicationFilter filter = ApplicationFilter.lenient(jurisdiction, level, status, year);
        exports.applications(response, out -> applications.export(request, filter, out));
    }

    /** The "显示" of a masked value (htmx): the full value in place of the masked one; audited by the facade. */
    @GetMapping("/{id}/personal/{field}")
    String reveal(@PathVariable long id, @PathVariable String field, Model model) {
        model.addAttribute("field", field);
        model.addAttribute("value", applications.reveal(id, field));
        return "application/personal :: revealed";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("app", applications.get(id));
        if (!model.containsAttribute("review")) {
            model.addAttribute("review", new ReviewCommand(null, null, false, 0)); // no outcome chosen for the reviewer (issue 14 item 3)
        }
        return "application/detail";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", applications.prefill().withFormRows());
        return form(model, null, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('application:draft')")
    String create(@Valid @ModelAttribute("form") ApplicationDraft form, BindingResult result,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return invalid(null, action, form, result, model, null);
        }
        long id = applications.startDraft(form);
        return "submit".equals(action) ? submit(id, 0, form, result, model, redirect) : saved(id, redirect);
    }

    @GetMapping("/paper/new")
    String newPaperForm(@RequestParam long unitId, Model model) {
        model.addAttribute("form", applications.prefillFor(unitId).withFormRows());
        return form(model, null, unitId);
    }

    @PostMapping("/paper/new")
    @PreAuthorize("hasAuthority('application:enter-paper')")
    String createPaper(@RequestParam long unitId, @Valid @ModelAttribute("form") ApplicationDraft form,
                       BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null, unitId);
        }
        return saved(applications.startPaperDraft(unitId, form), redirect);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        ApplicationView app = applications.editable(id);
        model.addAttribute("form", app.draft().withFormRows());
        return form(model, app, null);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "save") String action,
                  @Valid @ModelAttribute("form") ApplicationDraft form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return invalid(id, action, form, result, model, applications.get(id));
        }
        return Forms.submit(result, () -> {
            int saved = applications.saveDraft(id, version, form);
            return "submit".equals(action) ? submit(id, saved, form, result, model, redirect) : saved(id, redirect);
        }, () -> form(model, applications.get(id), null));
    }

    @PostMapping("/{id}/review")
    String review(@PathVariable long id, @Valid @ModelAttribute("review") ReviewCommand review, BindingResult result,
                  @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && review.decision() == ReviewDecision.REJECT && !confirmed) {
            // a refusal ends the application: the page states the consequence and asks again (issue 14 item 3)
            result.rejectValue("decision", "application.review.confirmReject");
            model.addAttribute("confirmNeeded", true);
        }
        return Forms.submit(result, redirect, "application.notice.decided." + review.decision(),
                "redirect:/applications/" + id, () -> applications.decide(id, review), () -> {
                    model.addAttribute("app", applications.get(id));
                    return "application/detail";
                });
    }

    private String submit(long id, int version, ApplicationDraft form, BindingResult result, Model model,
                          RedirectAttributes redirect) {
        // the bound form stays in the model untouched when shown again: replacing it would drop its errors
        Supplier<String> again = () -> form(model, applications.get(id), null);
        try {
            return Forms.submit(result, redirect, "application.notice.submitted", "redirect:/applications/" + id,
                    () -> applications.submit(id, version), again);
        } catch (ApplicationIncompleteException e) {
            reject(result, e.problems()); // every empty required box at once, not one refusal
            return again.get();
        }
    }

    /**
     * A form with format errors is not saved; when it was meant to be submitted, the empty required boxes are reported
     * with them, so that one submit shows every problem (issue #14 item 2). A draft save reports formats only.
     */
    private String invalid(Long id, String action, ApplicationDraft form, BindingResult result, Model model,
                           ApplicationView app) {
        if ("submit".equals(action)) {
            reject(result, applications.submitProblems(id, form).stream()
                    .filter(p -> !result.hasFieldErrors(p.field())).toList());
        }
        return form(model, app, null);
    }

    /** Each completeness problem at its box; the agreement and the team as a whole belong to no single box. */
    private static void reject(BindingResult result, List<FieldProblem> problems) {
        for (FieldProblem p : problems) {
            if (p.field().equals("agreement") || p.field().equals("experts")) {
                result.reject(p.messageKey(), p.messageKey());
            } else {
                result.rejectValue(p.field(), p.messageKey(), p.messageKey());
            }
        }
    }

    /**
     * Art. 3(6) while the society is chosen (htmx, on change): whether the society already has a station or an
     * application under review in the city — yes or no, never whose (issue #14 item 4).
     */
    @GetMapping("/society-check")
    String societyCheck(@RequestParam(required = false) Long societyId,
                        @RequestParam(required = false) Long applicationId, Model model) {
        model.addAttribute("taken", applications.societyTaken(societyId, applicationId));
        model.addAttribute("asked", societyId != null);
        return "application/society-check :: answer";
    }

    private String saved(long id, RedirectAttributes redirect) {
        Forms.notice(redirect, "application.notice.saved");
        return "redirect:/applications/" + id + "/edit";
    }

    private String form(Model model, ApplicationView app, Long paperUnitId) {
        model.addAttribute("app", app);
        model.addAttribute("paperUnitId", paperUnitId);
        model.addAttribute("societies", societies.list());
        model.addAttribute("defaultCooperationYears", applications.defaultCooperationYears());
        return FORM;
    }
}
