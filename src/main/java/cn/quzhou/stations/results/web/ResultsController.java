package cn.quzhou.stations.results.web;

import cn.quzhou.stations.documents.FileDownloads;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.results.CorrectionCommand;
import cn.quzhou.stations.results.DecisionNote;
import cn.quzhou.stations.results.EvaluationResults;
import cn.quzhou.stations.results.ResultCorrections;
import cn.quzhou.stations.results.ResultFilter;
import cn.quzhou.stations.results.web.EvaluationExports;
import cn.quzhou.stations.shared.ListRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.Forms;
import jakarta.validation.Valid;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Published results: the years, a year's results in force, a station's every version, and corrections. */
@Controller
@RequestMapping("/evaluations/results")
class ResultsController {

    private final EvaluationResults results;
    private final ResultCorrections corrections;
    private final Jurisdictions jurisdictions;
    private final EvaluationExports exports;

    ResultsController(EvaluationResults results, ResultCorrections corrections, Jurisdictions jurisdictions,
                      EvaluationExports exports) {
        this.jurisdictions = jurisdictions;
        this.exports = exports;
        this.results = results;
        this.corrections = corrections;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("grades", Grade.values());
        model.addAttribute("levels", SocietyLevel.values());
    }

    /** The years' summary and the results in force, paged, searched, filtered and sorted. */
    @GetMapping
    String list(ListRequest request, @ModelAttribute("filter") ResultFilter filter, BindingResult ignored,
                Model model) {
        filter = shown(filter == null ? ResultFilter.none() : filter, model);
        model.addAttribute("results", results.page(request, filter));
        return listPage(model);
    }

    /** A year's results: the same list with the year fixed (404 when the year has none within scope). */
    @GetMapping("/{year}")
    String year(@PathVariable int year, ListRequest request, @ModelAttribute("filter") ResultFilter filter,
                BindingResult ignored, Model model) {
        ResultFilter ofYear = (filter == null ? ResultFilter.none() : filter).ofYear(year);
        model.addAttribute("results", results.yearPage(year, request, ofYear));
        shown(ofYear, model);
        return listPage(model);
    }

    @GetMapping("/export")
    void export(ListRequest request, @ModelAttribute("filter") ResultFilter filter, BindingResult ignored,
                HttpServletResponse response) {
        ResultFilter shown = filter == null ? ResultFilter.none() : filter;
        exports.results(response, out -> results.export(request, shown, out));
    }

    private String listPage(Model model) {
        model.addAttribute("years", results.years());
        model.addAttribute("jurisdictions", jurisdictions.list());
        model.addAttribute("openCorrections", PlatformUser.current().can("evaluation:correct")
                ? corrections.open() : List.of());
        return "evaluation/results/years";
    }

    @GetMapping("/{year}/document")
    ResponseEntity<Resource> document(@PathVariable int year) {
        return FileDownloads.pdf("考核结果-" + year, results.documentPdf(year));
    }

    @GetMapping("/stations/{stationId}")
    String station(@PathVariable long stationId, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("correction", new CorrectionCommand(year, null, null, null));
        model.addAttribute("decision", new DecisionNote(null));
        return stationPage(stationId, model);
    }

    @PostMapping("/stations/{stationId}/corrections")
    String propose(@PathVariable long stationId, @Valid @ModelAttribute("correction") CorrectionCommand correction,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "results.correction.proposed",
                "redirect:/evaluations/results/stations/" + stationId,
                () -> corrections.propose(stationId, correction),
                () -> {
                    model.addAttribute("decision", new DecisionNote(null));
                    return stationPage(stationId, model);
                });
    }

    /** A refused approval (Art. 17 re-checked on the year as it now stands) is shown at the proposal's row. */
    @PostMapping("/corrections/{id}/approve")
    String approve(@PathVariable long id, @ModelAttribute("decision") DecisionNote decision, BindingResult result,
            Model model, RedirectAttributes redirect) {
        long stationId = corrections.get(id).stationId();
        return Forms.attempt(redirect, "results.correction.approved",
                "redirect:/evaluations/results/stations/" + stationId, () -> corrections.approve(id), refused -> {
                    Forms.reject(result, refused, Set.of()); // at the proposal's row: the note is not what was refused
                    return decisionRefused(id, stationId, model);
                });
    }

    @PostMapping("/corrections/{id}/reject")
    String reject(@PathVariable long id, @Valid @ModelAttribute("decision") DecisionNote decision,
            BindingResult result, Model model, RedirectAttributes redirect) {
        long stationId = corrections.get(id).stationId();
        return Forms.submit(result, redirect, "results.correction.rejected",
                "redirect:/evaluations/results/stations/" + stationId,
                () -> corrections.reject(id, decision),
                () -> decisionRefused(id, stationId, model));
    }

    /** The station page again, the refused decision's message and note at the proposal's row. */
    private String decisionRefused(long correctionId, long stationId, Model model) {
        model.addAttribute("deciding", correctionId);
        model.addAttribute("correction", new CorrectionCommand(null, null, null, null));
        return stationPage(stationId, model);
    }

    private String stationPage(long stationId, Model model) {
        model.addAttribute("history", results.history(stationId));
        return "evaluation/results/station";
    }

    /**
     * The filter as bound, shown back on the page: an unknown value of an enum filter is left out (binding fails on
     * that field alone), it never fails the page.
     */
    private static ResultFilter shown(ResultFilter filter, Model model) {
        model.addAttribute("filter", filter);
        return filter;
    }
}
