package cn.quzhou.stations.evaluation.web;

import cn.quzhou.stations.documents.FileDownloads;
import cn.quzhou.stations.evaluation.EvaluationDocuments;
import cn.quzhou.stations.evaluation.EvaluationRounds;
import cn.quzhou.stations.evaluation.EvaluationScoring;
import cn.quzhou.stations.evaluation.MeetingCommand;
import cn.quzhou.stations.evaluation.OpenRoundCommand;
import cn.quzhou.stations.evaluation.RouteCommand;
import cn.quzhou.stations.evaluation.RouteDecision;
import cn.quzhou.stations.evaluation.SelfReports;
import cn.quzhou.stations.evaluation.TieCommand;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.Forms;
import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.util.List;
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
    private final Flash flash;

    RoundController(EvaluationRounds rounds, SelfReports reports, EvaluationScoring scoring,
                    EvaluationDocuments documents, Flash flash) {
        this.rounds = rounds;
        this.reports = reports;
        this.scoring = scoring;
        this.documents = documents;
        this.flash = flash;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new OpenRoundCommand(null, null, null));
        return listPage(model);
    }

    @PostMapping
    String open(@Valid @ModelAttribute("form") OpenRoundCommand form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                rounds.open(form);
                redirect.addFlashAttribute("notice", "evaluation.opened");
                return "redirect:/evaluations/" + form.year();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return listPage(model);
    }

    private String listPage(Model model) {
        model.addAttribute("rounds", rounds.list());
        model.addAttribute("worklist", reports.worklist());
        return "evaluation/list";
    }

    @GetMapping("/{year}")
    String round(@PathVariable int year, Model model) {
        model.addAttribute("round", rounds.get(year));
        model.addAttribute("participants", rounds.participants(year));
        if (PlatformUser.current().can("evaluation:manage")) {
            model.addAttribute("pool", scoring.pool());
        }
        return "evaluation/round";
    }

    @PostMapping("/{year}/experts")
    String assign(@PathVariable int year, @RequestParam(required = false) List<Long> expertIds,
                  RedirectAttributes redirect) {
        try {
            List<String> excluded = scoring.assignExperts(year, expertIds == null ? List.of() : expertIds);
            redirect.addFlashAttribute("notice", "evaluation.assigned");
            redirect.addFlashAttribute("excluded", excluded);
        } catch (BusinessRuleException e) {
            flash.problem(redirect, e);
        }
        return "redirect:/evaluations/" + year;
    }

    @GetMapping("/{year}/preview")
    String preview(@PathVariable int year, Model model) {
        model.addAttribute("preview", rounds.preview(year));
        return "evaluation/preview";
    }

    @PostMapping("/{year}/tie")
    String tie(@PathVariable int year, @RequestParam(required = false) List<Long> chosen,
               @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(year, redirect, "evaluation.tieDecided", () -> rounds.decideTie(year, new TieCommand(chosen,
                reason == null ? "" : reason)));
    }

    @PostMapping("/{year}/decision")
    String decision(@PathVariable int year, @Valid MeetingCommand form, BindingResult result,
                    RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("problem", "evaluation.meetingIncomplete");
            return "redirect:/evaluations/" + year + "/preview";
        }
        return act(year, redirect, "evaluation.decided", () -> rounds.recordDecision(year, form));
    }

    @PostMapping("/{year}/report-to-talent")
    String reportToTalent(@PathVariable int year, @RequestParam int version, RedirectAttributes redirect) {
        return act(year, redirect, "evaluation.reported", () -> rounds.reportToTalentOffice(year, version));
    }

    @PostMapping("/{year}/talent-decision")
    String talentDecision(@PathVariable int year, @RequestParam RouteDecision decision,
                          @RequestParam(required = false) String opinion, @RequestParam int version,
                          RedirectAttributes redirect) {
        return act(year, redirect, "evaluation.talentDecided",
                () -> rounds.talentDecision(year, new RouteCommand(decision, opinion, version)));
    }

    @PostMapping("/{year}/publish")
    String publish(@PathVariable int year, @RequestParam int version, RedirectAttributes redirect) {
        return act(year, redirect, "evaluation.published", () -> rounds.publish(year, version));
    }

    @GetMapping("/{year}/results.xlsx")
    ResponseEntity<Resource> excel(@PathVariable int year) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.resultsExcel(year, rounds.resultRows(year), out);
        return FileDownloads.xlsx(year + "年度学会服务站绩效考核结果", out.toByteArray());
    }

    private String act(int year, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (BusinessRuleException e) {
            flash.problem(redirect, e);
        }
        return "redirect:/evaluations/" + year + "/preview";
    }
}
