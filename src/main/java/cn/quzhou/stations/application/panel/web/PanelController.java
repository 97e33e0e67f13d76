package cn.quzhou.stations.application.panel.web;

import cn.quzhou.stations.shared.Input;
import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.shared.HtmxFragments;
import cn.quzhou.stations.application.panel.PanelCommand;
import cn.quzhou.stations.application.panel.PanelFilter;
import cn.quzhou.stations.application.panel.PanelStatus;
import cn.quzhou.stations.application.panel.PanelView;
import cn.quzhou.stations.application.panel.ReviewPanels;
import cn.quzhou.stations.application.panel.SheetPolicyView;
import cn.quzhou.stations.application.panel.SheetStatus;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.BusinessRuleException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import cn.quzhou.stations.organisation.PlatformUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 评审小组 pages: the city CAST forms a panel, follows the sheets and aggregates, fixes and submits
 * the recommended list; the city talent office reads it; an expert scores their assignments.
 * A refused command shows the page again with the reason (HTTP 200).
 */
@Controller
@RequestMapping("/panels")
class PanelController {

    /** The panel page's element an assignment changes (the sheets of each application and the assign form). */
    private static final String ASSIGNMENTS = "panel-assignments";

    /** The list form's typed values and refusals, for its error summary. */
    private static final String LIST_FORM = "listForm";

    private final ReviewPanels panels;
    private final Clock clock;

    PanelController(ReviewPanels panels, Clock clock) {
        this.clock = clock;
        this.panels = panels;
    }

    @GetMapping
    String list(ListRequest request, @RequestParam(required = false) String status,
                @RequestParam(required = false) String year, Model model) {
        PanelFilter filter = PanelFilter.lenient(status, year);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", PanelStatus.values());
        model.addAttribute("panels", panels.page(request, filter));
        return "application/panel/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, "", Beijing.today(clock).getYear(), Set.of(), Set.of(), null, null);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('panel:manage')")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer year,
                  @RequestParam(name = "expertIds", required = false) List<Long> expertIds,
                  @RequestParam(name = "applicationIds", required = false) List<Long> applicationIds,
                  @RequestParam(defaultValue = "form") String action, Model model, RedirectAttributes redirect) {
        Set<Long> experts = expertIds == null ? Set.of() : new LinkedHashSet<>(expertIds);
        Set<Long> applications = applicationIds == null ? Set.of() : new LinkedHashSet<>(applicationIds);
        if ("preview".equals(action)) {
            return form(model, name, year, experts, applications, panels.conflicts(experts, applications), null);
        }
        if (name.isBlank() || year == null || experts.isEmpty() || applications.isEmpty()) {
            return form(model, name, year, experts, applications, null,
                    new BusinessRuleException(null, "panel.error.formIncomplete"));
        }
        return Forms.attempt(() -> {
            long id = panels.form(new PanelCommand(name, year, experts, applications));
            Forms.notice(redirect, "panel.notice.formed");
            return "redirect:/panels/" + id;
        }, refused -> form(model, name, year, experts, applications, panels.conflicts(experts, applications),
                refused));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return detail(id, model, null, null);
    }

    /** Through htmx the assignments answer in place; a refusal (a conflict of interest) stands at the expert chosen. */
    @PostMapping("/{id}/assign")
    @PreAuthorize("hasAuthority('panel:manage')")
    @HtmxFragments.Target(ASSIGNMENTS)
    String assign(@PathVariable long id, @RequestParam long applicationId, @RequestParam long expertId, Model model,
                  RedirectAttributes redirect) {
        return Forms.attempt(redirect, model, "panel.notice.assigned", "redirect:/panels/" + id,
                () -> panels.assign(id, applicationId, expertId), refused -> {
                    if (refused != null) {
                        assignForm(model, new AssignForm(applicationId, expertId), refused);
                    }
                    return detail(id, model, null, null);
                });
    }

    @PostMapping("/{id}/list")
    @PreAuthorize("hasAuthority('panel:manage')")
    String fixList(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
                   RedirectAttributes redirect) {
        PanelListForm form = new PanelListForm(params);
        return Forms.attempt(() -> {
            if (form.notRecommendingUnconfirmed()) {
                // 不予推荐 ends those applications (未通过): the page states it and asks for the tick (issue 14 item 3)
                model.addAttribute("confirmNotNeeded", true);
                return detail(id, model, new BusinessRuleException("decisions", "panel.list.confirmNotRequired"),
                        form.typed());
            }
            panels.fixList(id, form.command());
            Forms.notice(redirect, "panel.notice.listFixed");
            return "redirect:/panels/" + id;
        }, refused -> {
            // every refusal in the list form's error summary, the choices and reasons typed kept on the page
            MapBindingResult result = new MapBindingResult(new LinkedHashMap<>(form.typed()), LIST_FORM);
            Forms.reject(result, refused);
            model.addAttribute(LIST_FORM, result.getTarget());
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + LIST_FORM, result);
            return detail(id, model, null, form.typed());
        });
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('panel:manage')")
    String submitList(@PathVariable long id, @RequestParam int version,
                      @RequestParam(defaultValue = "false") boolean sealConfirmed, Model model, RedirectAttributes redirect) {
        return Forms.attempt(redirect, "panel.notice.listSubmitted", "redirect:/panels/" + id,
                () -> panels.submitList(id, version, sealConfirmed), refused -> detail(id, model, refused, null));
    }

    @GetMapping("/sheets")
    String mySheets(ListRequest request, @RequestParam(required = false) String status, Model model) {
        SheetStatus filter = Input.constant(SheetStatus.class, status);   // unknown: no filter, never a 500
        model.addAttribute("status", filter);
        model.addAttribute("sheetStatuses", java.util.List.of(SheetStatus.ASSIGNED, SheetStatus.DRAFT, SheetStatus.SUBMITTED));
        model.addAttribute("sheets", panels.mySheets(request, filter));
        return "application/panel/sheets";
    }

    @GetMapping("/sheets/{id}")
    String sheet(@PathVariable long id, Model model) {
        return sheet(id, model, null, null);
    }

    @PostMapping("/sheets/{id}")
    @PreAuthorize("hasAuthority('panel:score')")
    String saveSheet(@PathVariable long id, @RequestParam Map<String, String> params,
                     @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        SheetForm form = new SheetForm(params);
        boolean submit = "submit".equals(action);
        return Forms.attempt(redirect, submit ? "panel.notice.sheetSubmitted" : "panel.notice.sheetSaved",
                "redirect:/panels/sheets/" + id, () -> {
                    if (submit) {
                        panels.submitSheet(id, form.command());
                    } else {
                        panels.saveSheet(id, form.command());
                    }
                }, refused -> sheet(id, model, refused, form.typed()));
    }

    @PostMapping("/sheets/{id}/conflict")
    @PreAuthorize("hasAuthority('panel:score')")
    String declareConflict(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
                           RedirectAttributes redirect) {
        return Forms.attempt(redirect, "panel.notice.conflictDeclared", "redirect:/panels/sheets",
                () -> panels.declareConflict(id, reason), refused -> {
                    model.addAttribute("conflictReason", reason); // the reason typed stays in its box
                    return sheet(id, model, refused, null);
                });
    }

    private String form(Model model, String name, Integer year, Set<Long> experts, Set<Long> applications,
                        Object conflicts, BusinessRuleException problem) {
        model.addAttribute("name", name);
        model.addAttribute("year", year);
        model.addAttribute("chosenExperts", experts);
        model.addAttribute("chosenApplications", applications);
        model.addAttribute("experts", panels.candidateExperts());
        model.addAttribute("candidates", panels.candidateApplications());
        model.addAttribute("conflicts", conflicts);
        if (conflicts != null) {
            model.addAttribute("teamWarnings", panels.teamNameWarnings(experts, applications));
        }
        Forms.problem(model, problem);
        return "application/panel/form";
    }

    private String detail(long id, Model model, BusinessRuleException problem, Map<String, String> typed) {
        PanelView panel = panels.get(id);
        model.addAttribute("panel", panel);
        model.addAttribute("typed", typed);
        Forms.problem(model, problem);
        if (!model.containsAttribute(AssignForm.NAME)) {
            assignForm(model, AssignForm.none(), null);
        }
        if (PlatformUser.current().can("panel:manage")) {
            model.addAttribute("experts", panels.candidateExperts());
            model.addAttribute("teamWarnings", panels.teamNameWarnings(
                    panel.experts().stream().map(e -> e.id()).toList(),
                    panel.entries().stream().map(r -> r.applicationId()).toList()));
        }
        return "application/panel/detail";
    }

    /** The assign form's choice and its refusal, if any, at its field (bound by field: the form is a record). */
    private static void assignForm(Model model, AssignForm typed, BusinessRuleException refused) {
        BindingResult result = new DirectFieldBindingResult(typed, AssignForm.NAME);
        if (refused != null) {
            Forms.reject(result, refused);
        }
        model.addAttribute(AssignForm.NAME, typed);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + AssignForm.NAME, result);
    }

    private String sheet(long id, Model model, BusinessRuleException problem, Map<String, String> typed) {
        SheetPolicyView policy = panels.policyInForce();
        model.addAttribute("sheet", panels.sheet(id));
        model.addAttribute("policy", policy);
        model.addAttribute("typed", typed);
        Forms.problem(model, problem);
        return "application/panel/sheet";
    }
}
