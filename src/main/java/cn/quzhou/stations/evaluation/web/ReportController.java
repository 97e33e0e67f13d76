package cn.quzhou.stations.evaluation.web;

import cn.quzhou.stations.documents.FileDownloads;
import cn.quzhou.stations.evaluation.AdjustmentCommand;
import cn.quzhou.stations.evaluation.EvaluationRounds;
import cn.quzhou.stations.evaluation.EvaluationScoring;
import cn.quzhou.stations.evaluation.InspectionCommand;
import cn.quzhou.stations.evaluation.ReportSheet;
import cn.quzhou.stations.evaluation.RouteCommand;
import cn.quzhou.stations.evaluation.RouteDecision;
import cn.quzhou.stations.evaluation.SelfReports;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.Forms;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
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

    private static final java.util.Set<String> FORM_FIELDS = java.util.Set.of("summary", "parts", "reach", "coverage");

    private final SelfReports reports;
    private final EvaluationScoring scoring;
    private final EvaluationRounds rounds;
    private final Flash flash;

    ReportController(SelfReports reports, EvaluationScoring scoring, EvaluationRounds rounds, Flash flash) {
        this.reports = reports;
        this.scoring = scoring;
        this.rounds = rounds;
        this.flash = flash;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        ReportSheet sheet = reports.sheet(id);
        model.addAttribute("form", DraftForm.of(sheet.report()));
        return page(sheet, model);
    }

    @PostMapping("/draft")
    String draft(@PathVariable long id, @Valid @ModelAttribute("form") DraftForm form, BindingResult result,
                 @RequestParam(required = false) String submit, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var saved = reports.draft(id, form.command(), form.version() == null ? -1 : form.version());
                if (submit != null) {
                    reports.submit(id, saved.version());
                    redirect.addFlashAttribute("notice", "evaluation.submitted");
                } else {
                    redirect.addFlashAttribute("notice", "evaluation.drafted");
                }
                return "redirect:/evaluations/reports/" + id;
            } catch (BusinessRuleException e) {
                if (e.field() != null && FORM_FIELDS.contains(e.field())) {
                    Forms.reject(result, e);
                } else {
                    model.addAttribute("problemText", flash.text(e)); // e.g. the deadline: not a field of the form
                }
            }
        }
        return page(reports.sheet(id), model);
    }

    @PostMapping("/county-check")
    String countyCheck(@PathVariable long id, @RequestParam RouteDecision decision,
                       @RequestParam(required = false) String opinion, @RequestParam int version,
                       RedirectAttributes redirect) {
        return act(id, redirect, () -> reports.countyCheck(id, new RouteCommand(decision, opinion, version)));
    }

    @PostMapping("/county-forward")
    String countyForward(@PathVariable long id, @RequestParam RouteDecision decision,
                         @RequestParam(required = false) String opinion, @RequestParam int version,
                         RedirectAttributes redirect) {
        return act(id, redirect, () -> reports.countyForward(id, new RouteCommand(decision, opinion, version)));
    }

    @PostMapping("/city-decision")
    String cityDecision(@PathVariable long id, @RequestParam RouteDecision decision,
                        @RequestParam(required = false) String opinion, @RequestParam int version,
                        RedirectAttributes redirect) {
        return act(id, redirect, () -> reports.cityDecision(id, new RouteCommand(decision, opinion, version)));
    }

    @PostMapping("/inspections")
    String inspect(@PathVariable long id, @Valid InspectionCommand inspection, BindingResult result,
                   @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("problem", "evaluation.inspectionIncomplete");
            return "redirect:/evaluations/reports/" + id;
        }
        try (InputStream content = file == null || file.isEmpty() ? null : file.getInputStream()) {
            return act(id, redirect, () -> scoring.inspect(id, inspection,
                    file == null ? null : file.getOriginalFilename(), content));
        }
    }

    @GetMapping("/inspections/{inspectionId}/file")
    ResponseEntity<Resource> inspectionFile(@PathVariable long id, @PathVariable long inspectionId) {
        SelfReports.Download download = scoring.inspectionFile(id, inspectionId);
        return FileDownloads.attachment(download.file(), download.content());
    }

    @PostMapping("/adjustments")
    String adjust(@PathVariable long id, @RequestParam String itemCode,
                  @RequestParam(required = false) BigDecimal points, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        if (points == null || reason == null || reason.isBlank()) {
            redirect.addFlashAttribute("problem", "evaluation.adjustmentIncomplete");
            return "redirect:/evaluations/reports/" + id;
        }
        return act(id, redirect, () -> scoring.adjust(id, new AdjustmentCommand(itemCode, points, reason)));
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
        return "evaluation/report";
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "evaluation.saved");
        } catch (BusinessRuleException e) {
            flash.problem(redirect, e);
        }
        return "redirect:/evaluations/reports/" + id;
    }
}
