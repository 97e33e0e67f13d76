package cn.quzhou.stations.evaluation.web;

import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.evaluation.EvaluationScoring;
import cn.quzhou.stations.evaluation.JudgementCommand;
import java.math.BigDecimal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The expert's page: the reports assigned to them (only those) and their C4 judgement. */
@Controller
@RequestMapping("/evaluations/expert")
class ExpertScoringController {

    private final EvaluationScoring scoring;
    ExpertScoringController(EvaluationScoring scoring) {
        this.scoring = scoring;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("assignments", scoring.myAssignments());
        return "evaluation/expert";
    }

    @GetMapping("/{reportId}")
    String report(@PathVariable long reportId, Model model) {
        model.addAttribute("s", scoring.assignedSheet(reportId));
        return "evaluation/expert-report";
    }

    @PostMapping("/{reportId}/judgement")
    String judge(@PathVariable long reportId, @RequestParam(required = false) BigDecimal judgement,
                 @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return Forms.act(redirect, "evaluation.judged", "redirect:/evaluations/expert/" + reportId,
                () -> scoring.judge(reportId, new JudgementCommand(judgement, comment)));
    }

    /** A declared conflict of interest: the report leaves the expert's list, so back to the list. */
    @PostMapping("/{reportId}/conflict")
    String conflict(@PathVariable long reportId, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        return Forms.act(redirect, "evaluation.expert.conflictDeclared", "redirect:/evaluations/expert",
                "redirect:/evaluations/expert/" + reportId, () -> scoring.declareConflict(reportId, reason));
    }
}
