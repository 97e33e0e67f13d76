package cn.quzhou.stations.evaluation.web;

import cn.quzhou.stations.documents.FileDownloads;
import cn.quzhou.stations.evaluation.EvaluationRounds;
import cn.quzhou.stations.evaluation.EvaluationScoring;
import cn.quzhou.stations.evaluation.InspectionCommand;
import cn.quzhou.stations.evaluation.ReportSheet;
import cn.quzhou.stations.evaluation.SelfReports;
import cn.quzhou.stations.shared.Forms;
import jakarta.validation.Valid;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One self-report: the host unit's form with the live score preview, the county steps, the city CAST's scoring
 * (inspection, adjustments, verification), the published result and the 绩效考核表 PDF.
 */
@Controller
@RequestMapping("/evaluations/reports/{id}")
class ReportController {

    private static final Set<String> FORM_FIELDS = Set.of("summary", "parts", "reach", "coverage");
    private static final Set<String> OPINION = Set.of("opinion");
    private static final Set<String> INSPECTION = Set.of("inspectedOn", "inspectors", "findings");
    private static final Set<String> ADJUSTMENT = Set.of("itemCode", "points", "reason");

    private final SelfReports reports;
    private final EvaluationScoring scoring;
    private final EvaluationRounds rounds;
    ReportController(SelfReports reports, EvaluationScoring scoring, EvaluationRounds rounds) {
        this.reports = reports;
        this.scoring = scoring;
        this.rounds = rounds;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        return page(reports.sheet(id), model);
    }

    @PostMapping("/draft")
    String draft(@PathVariable long id, @Valid @ModelAttribute("form") DraftForm form, BindingResult result,
                 @RequestParam(required = false) String submit, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(reports.sheet(id), model);
        }
        return Forms.attempt(() -> {
            var saved = reports.draft(id, form.command(), form.version() == null ? -1 : form.version());
            if (submit != null) {
                reports.submit(id, saved.version());
            }
            Forms.notice(redirect, submit != null ? "evaluation.submitted" : "evaluation.drafted");
            return "redirect:/evaluations/reports/" + id;
        }, refused -> {
            if (refused.field() != null && FORM_FIELDS.contains(refused.field())) {
                Forms.reject(result, refused);
            } else {
                Forms.problem(model, refused); // e.g. the deadline: not a field of the form
            }
            return page(reports.sheet(id), model);
        });
    }

    @PostMapping("/county-check")
    String countyCheck(@PathVariable long id, @Valid @ModelAttribute("opinionForm") OpinionForm form,
                       BindingResult result, Model model, RedirectAttributes redirect) {
        return attempt(id, result, OPINION, model, redirect, () -> reports.countyCheck(id, form.command()));
    }

    @PostMapping("/county-forward")
    String countyForward(@PathVariable long id, @Valid @ModelAttribute("opinionForm") OpinionForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        return attempt(id, result, OPINION, model, redirect, () -> reports.countyForward(id, form.command()));
    }

    @PostMapping("/city-decision")
    String cityDecision(@PathVariable long id, @Valid @ModelAttribute("opinionForm") OpinionForm form,
                        BindingResult result, Model model, RedirectAttributes redirect) {
        return attempt(id, result, OPINION, model, redirect, () -> reports.cityDecision(id, form.command()));
    }

    @PostMapping("/inspections")
    String inspect(@PathVariable long id, @Valid @ModelAttribute("inspection") InspectionCommand inspection,
                   BindingResult result, @RequestParam(required = false) MultipartFile file, Model model,
                   RedirectAttributes redirect) {
        return attempt(id, result, INSPECTION, model, redirect,
                () -> Forms.upload(file, (name, content) -> scoring.inspect(id, inspection, name, content)));
    }

    @GetMapping("/inspections/{inspectionId}/file")
    ResponseEntity<Resource> inspectionFile(@PathVariable long id, @PathVariable long inspectionId) {
        SelfReports.Download download = scoring.inspectionFile(id, inspectionId);
        return FileDownloads.attachment(download.file(), download.content());
    }

    @PostMapping("/adjustments")
    String adjust(@PathVariable long id, @Valid @ModelAttribute("adjustment") AdjustmentForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        return attempt(id, result, ADJUSTMENT, model, redirect, () -> scoring.adjust(id, form.command()));
    }

    @GetMapping("/sheet.pdf")
    ResponseEntity<Resource> pdf(@PathVariable long id) {
        byte[] pdf = scoring.sheetPdf(id);
        return FileDownloads.pdf(reports.get(id).stationName() + "绩效考核表", pdf);
    }

    private String page(ReportSheet sheet, Model model) {
        model.addAttribute("s", sheet);
        model.addAttribute("r", sheet.report());
        model.addAttribute("result", rounds.result(sheet.report().id()).orElse(null));
        // the forms not being re-shown start empty
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DraftForm.of(sheet.report()));
        }
        if (!model.containsAttribute("opinionForm")) {
            model.addAttribute("opinionForm", OpinionForm.empty());
        }
        if (!model.containsAttribute("inspection")) {
            model.addAttribute("inspection", new InspectionCommand(null, null, null));
        }
        if (!model.containsAttribute("adjustment")) {
            model.addAttribute("adjustment", AdjustmentForm.empty());
        }
        return "evaluation/report";
    }

    /** Redirect after success; a refusal re-renders the page with what was typed and the message at its field. */
    private String attempt(long id, BindingResult result, Set<String> fields, Model model, RedirectAttributes redirect,
                           Runnable action) {
        return Forms.submit(result, fields, redirect, "evaluation.saved", "redirect:/evaluations/reports/" + id,
                action, () -> page(reports.sheet(id), model));
    }
}
