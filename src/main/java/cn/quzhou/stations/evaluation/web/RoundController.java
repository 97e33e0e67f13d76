package cn.quzhou.stations.evaluation.web;

import cn.quzhou.stations.documents.FileDownloads;
import cn.quzhou.stations.evaluation.EvaluationDocuments;
import cn.quzhou.stations.evaluation.EvaluationRounds;
import cn.quzhou.stations.evaluation.EvaluationScoring;
import cn.quzhou.stations.evaluation.MeetingCommand;
import cn.quzhou.stations.evaluation.OpenRoundCommand;
import cn.quzhou.stations.evaluation.PreviewView;
import cn.quzhou.stations.evaluation.ReportFilter;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.evaluation.SelfReportStatus;
import cn.quzhou.stations.evaluation.SelfReports;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.Forms;
import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
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

/** The rounds: list and opening, a year's participants, the what-if preview, the decision route, the Excel. */
@Controller
@RequestMapping("/evaluations")
class RoundController {

    private final EvaluationRounds rounds;
    private final SelfReports reports;
    private final EvaluationScoring scoring;
    private final EvaluationDocuments documents;
    RoundController(EvaluationRounds rounds, SelfReports reports, EvaluationScoring scoring,
                    EvaluationDocuments documents) {
        this.rounds = rounds;
        this.reports = reports;
        this.scoring = scoring;
        this.documents = documents;
    }

    @GetMapping
    String list(ListRequest request, @ModelAttribute("filter") ReportFilter filter, BindingResult ignored,
                Model model) {
        model.addAttribute("form", new OpenRoundCommand(null, null, null));
        ReportFilter shown = filter == null ? ReportFilter.none() : filter;
        model.addAttribute("filter", shown);
        model.addAttribute("worklist", reports.worklistPage(request, shown));
        return listPage(model);
    }

    @PostMapping
    String open(@Valid @ModelAttribute("form") OpenRoundCommand form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "evaluation.opened", "redirect:/evaluations/" + form.year(),
                () -> rounds.open(form),
                () -> listPage(model));
    }

    private String listPage(Model model) {
        model.addAttribute("rounds", rounds.list());
        if (!model.containsAttribute("worklist")) {
            model.addAttribute("filter", ReportFilter.none());
            model.addAttribute("worklist", reports.worklistPage(ListRequest.first(), ReportFilter.none()));
        }
        return "evaluation/list";
    }

    @GetMapping("/{year}")
    String round(@PathVariable int year, ListRequest request, @ModelAttribute("filter") ReportFilter filter,
                 BindingResult ignored, Model model) {
        ReportFilter shown = filter == null ? ReportFilter.none() : filter;
        model.addAttribute("filter", shown);
        model.addAttribute("statuses", SelfReportStatus.values());
        model.addAttribute("round", rounds.get(year));
        model.addAttribute("participants", rounds.participantsPage(year, request, shown));
        if (PlatformUser.current().can("evaluation:manage")) {
            model.addAttribute("pool", scoring.pool());
        }
        return "evaluation/round";
    }

    @PostMapping("/{year}/experts")
    String assign(@PathVariable int year, @RequestParam(required = false) List<Long> expertIds,
                  RedirectAttributes redirect) {
        List<Long> chosen = expertIds == null ? List.of() : expertIds;
        return Forms.act(redirect, "evaluation.assigned", "redirect:/evaluations/" + year, () -> {
            redirect.addFlashAttribute("excluded", scoring.assignExperts(year, chosen));
            redirect.addFlashAttribute("teamWarnings", scoring.teamNameWarnings(year, chosen));
        });
    }

    @GetMapping("/{year}/preview")
    String preview(@PathVariable int year, Model model) {
        return previewPage(year, model);
    }

    @PostMapping("/{year}/tie")
    String tie(@PathVariable int year, @Valid @ModelAttribute("tieForm") TieForm form, BindingResult result,
               Model model, RedirectAttributes redirect) {
        return attempt(year, result, Set.of("chosen", "reason"), model, redirect, "evaluation.tieDecided",
                () -> rounds.decideTie(year, form.command()));
    }

    @PostMapping("/{year}/decision")
    String decision(@PathVariable int year, @Valid @ModelAttribute("meeting") MeetingCommand form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        return attempt(year, result, Set.of("decidedOn", "meetingReference"), model, redirect, "evaluation.decided",
                () -> rounds.recordDecision(year, form));
    }

    @PostMapping("/{year}/report-to-talent")
    String reportToTalent(@PathVariable int year, @RequestParam int version, RedirectAttributes redirect) {
        return act(year, redirect, "evaluation.reported", () -> rounds.reportToTalentOffice(year, version));
    }

    @PostMapping("/{year}/talent-decision")
    String talentDecision(@PathVariable int year, @Valid @ModelAttribute("talentForm") OpinionForm form,
                          BindingResult result, Model model, RedirectAttributes redirect) {
        return attempt(year, result, Set.of("opinion"), model, redirect, "evaluation.talentDecided",
                () -> rounds.talentDecision(year, form.command()));
    }

    @PostMapping("/{year}/publish")
    String publish(@PathVariable int year, @RequestParam int version,
                   @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        if (!confirmed) {
            // publication cannot be undone: the page states its consequence and the tick is required (issue 14 item 3)
            Forms.unconfirmed(redirect, "evaluation.publishUnconfirmed");
            return "redirect:/evaluations/" + year + "/preview#publish-form";
        }
        return act(year, redirect, "evaluation.published", () -> rounds.publish(year, version));
    }

    @GetMapping("/{year}/results.xlsx")
    ResponseEntity<Resource> excel(@PathVariable int year) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.resultsExcel(year, rounds.resultRows(year), out);
        return FileDownloads.xlsx(year + "年度学会服务站绩效考核结果", out.toByteArray());
    }

    private String previewPage(int year, Model model) {
        PreviewView preview = rounds.preview(year);
        model.addAttribute("preview", preview);
        // the forms not being re-shown start from what is recorded
        if (!model.containsAttribute("tieForm")) {
            model.addAttribute("tieForm", TieForm.of(preview.round().tieChosen(), preview.round().tieReason()));
        }
        if (!model.containsAttribute("meeting")) {
            model.addAttribute("meeting", new MeetingCommand(null, null, null));
        }
        if (!model.containsAttribute("talentForm")) {
            model.addAttribute("talentForm", OpinionForm.empty());
        }
        return "evaluation/preview";
    }

    /** Redirect after success; a refusal re-renders the preview with what was typed and the message at its field. */
    private String attempt(int year, BindingResult result, Set<String> fields, Model model,
                           RedirectAttributes redirect, String notice, Runnable action) {
        return Forms.submit(result, fields, redirect, notice, "redirect:/evaluations/" + year + "/preview", action,
                () -> previewPage(year, model));
    }

    private static String act(int year, RedirectAttributes redirect, String notice, Runnable action) {
        return Forms.act(redirect, notice, "redirect:/evaluations/" + year + "/preview", action);
    }
}
