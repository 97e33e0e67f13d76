package cn.quzhou.stations.results.web;

import cn.quzhou.stations.results.DecisionNote;
import cn.quzhou.stations.results.ProposalAcceptance;
import cn.quzhou.stations.results.ProposalFilter;
import cn.quzhou.stations.results.ProposalView;
import cn.quzhou.stations.results.RevocationProposals;
import cn.quzhou.stations.results.web.EvaluationExports;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.station.RevocationCause;
import jakarta.servlet.http.HttpServletResponse;
import cn.quzhou.stations.shared.Forms;
import jakarta.validation.Valid;
import java.util.function.Supplier;
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

/** The revocation proposals before the city CAST (Art. 18(4)(5)): basis, acceptance, dismissal. */
@Controller
@RequestMapping("/revocation-proposals")
class ProposalController {

    private final RevocationProposals proposals;

    private final EvaluationExports exports;

    ProposalController(RevocationProposals proposals, EvaluationExports exports) {
        this.proposals = proposals;
        this.exports = exports;
    }

    @GetMapping
    String list(ListRequest request, @ModelAttribute("filter") ProposalFilter filter, BindingResult ignored,
                Model model) {
        filter = shown(filter == null ? ProposalFilter.none() : filter, model);
        model.addAttribute("statuses", ProposalView.Status.values());
        model.addAttribute("causes", RevocationCause.values());
        model.addAttribute("proposals", proposals.page(request, filter));
        return "evaluation/proposal/list";
    }

    @GetMapping("/export")
    void export(ListRequest request, @ModelAttribute("filter") ProposalFilter filter, BindingResult ignored,
                HttpServletResponse response) {
        ProposalFilter shown = filter == null ? ProposalFilter.none() : filter;
        exports.proposals(response, out -> proposals.export(request, shown, out));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("acceptance", new ProposalAcceptance(null, null, null));
        model.addAttribute("dismissal", new DecisionNote(null));
        return page(id, model);
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable long id, @Valid @ModelAttribute("acceptance") ProposalAcceptance acceptance,
            BindingResult result, @RequestParam(required = false) MultipartFile evidence,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        Supplier<String> again = () -> {
            model.addAttribute("dismissal", new DecisionNote(null));
            return page(id, model);
        };
        if (!confirmed) {
            // accepting revokes the station: the page states the consequence and the tick is required (issue 14 item 3)
            Forms.unconfirmed(model, "revocation.unconfirmed");
            return again.get();
        }
        return Forms.submit(result, redirect, "results.proposal.accepted", "redirect:/revocation-proposals/" + id,
                () -> Forms.upload(evidence, (name, content) -> proposals.accept(id, acceptance, name, content)),
                again);
    }

    @PostMapping("/{id}/dismiss")
    String dismiss(@PathVariable long id, @Valid @ModelAttribute("dismissal") DecisionNote dismissal,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "results.proposal.dismissed", "redirect:/revocation-proposals/" + id,
                () -> proposals.dismiss(id, dismissal),
                () -> {
                    model.addAttribute("acceptance", new ProposalAcceptance(null, null, null));
                    return page(id, model);
                });
    }

    private String page(long id, Model model) {
        model.addAttribute("proposal", proposals.get(id));
        return "evaluation/proposal/detail";
    }

    /**
     * The filter as bound, shown back on the page: an unknown value of an enum filter is left out (binding fails on
     * that field alone), it never fails the page.
     */
    private static ProposalFilter shown(ProposalFilter filter, Model model) {
        model.addAttribute("filter", filter);
        return filter;
    }
}
