package cn.quzhou.stations.funding.web;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.documents.FileDownloads;
import cn.quzhou.stations.funding.FundsOverview;
import cn.quzhou.stations.funding.Reconciliation;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The city offices' views of all the money: the reconciliation's last run and the funds overview. */
@Controller
class ReconciliationController {

    private final Reconciliation reconciliation;
    private final cn.quzhou.stations.funding.Clawbacks clawbacks;
    private final FundsOverview overview;
    private final FundingDocuments documents;

    ReconciliationController(Reconciliation reconciliation, cn.quzhou.stations.funding.Clawbacks clawbacks,
                             FundsOverview overview, FundingDocuments documents) {
        this.reconciliation = reconciliation;
        this.clawbacks = clawbacks;
        this.overview = overview;
        this.documents = documents;
    }

    @GetMapping("/funding/reconciliation")
    String reconciliation(Model model) {
        Reconciliation.Run run = reconciliation.last().orElse(null);
        model.addAttribute("run", run);
        model.addAttribute("ranAt", run == null ? null
                : run.ranAt().atZone(Beijing.ZONE).toLocalDateTime());
        // beside the anomalies, what is still owed: revoked stations whose clawback is open
        model.addAttribute("openClawbacks", clawbacks.mostOutstanding());
        return "funding/reconciliation";
    }

    @PostMapping("/funding/reconciliation")
    String run(RedirectAttributes redirect) {
        reconciliation.runNow();
        Forms.notice(redirect, "funding.reconciliation.ran");
        return "redirect:/funding/reconciliation";
    }

    @GetMapping("/funding/overview")
    String overview(Model model) {
        model.addAttribute("rows", overview.rows());
        return "funding/overview";
    }

    @GetMapping("/funding/overview.xlsx")
    ResponseEntity<StreamingResponseBody> overviewExcel() {
        var rows = overview.rows();
        return FileDownloads.xlsx("资助经费总览", out -> documents.overviewExcel(rows, out));
    }
}
