package cn.quzhou.stations.funding.web;

import cn.quzhou.stations.funding.ClawbackFilter;
import cn.quzhou.stations.funding.ClawbackState;
import cn.quzhou.stations.funding.Clawbacks;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.shared.ListRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.quzhou.stations.funding.RepaymentCommand;
import cn.quzhou.stations.shared.Forms;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Clawbacks (Art. 18) and the repayments the city CAST records against them. */
@Controller
@RequestMapping("/funding/clawbacks")
class ClawbackController {

    private final Clawbacks clawbacks;
    private final Jurisdictions jurisdictions;
    private final FundingExports exports;
    private final Clock clock;

    ClawbackController(Clawbacks clawbacks, Jurisdictions jurisdictions, FundingExports exports, Clock clock) {
        this.clawbacks = clawbacks;
        this.jurisdictions = jurisdictions;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping
    String list(ListRequest request, @ModelAttribute("filter") ClawbackFilter bound, BindingResult ignored,
                Model model) {
        ClawbackFilter filter = ClawbackFilter.orNone(bound);
        model.addAttribute("filter", filter);
        model.addAttribute("jurisdictions", jurisdictions.list());
        model.addAttribute("statuses", ClawbackState.values());
        model.addAttribute("clawbacks", clawbacks.page(request, filter));
        return "funding/clawbacks";
    }

    @GetMapping("/export")
    void export(ListRequest request, @ModelAttribute("filter") ClawbackFilter bound, BindingResult ignored,
                HttpServletResponse response) {
        ClawbackFilter filter = ClawbackFilter.orNone(bound);
        exports.clawbacks(response, out -> clawbacks.export(request, filter, out));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("form", new RepaymentCommand(LocalDate.now(clock), null, null));
        return page(id, model);
    }

    @PostMapping("/{id}/repayments")
    String repay(@PathVariable long id, @Valid @ModelAttribute("form") RepaymentCommand form, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "funding.repayment.recorded", "redirect:/funding/clawbacks/" + id,
                () -> clawbacks.repay(id, form),
                () -> page(id, model));
    }

    private String page(long id, Model model) {
        model.addAttribute("c", clawbacks.get(id));
        return "funding/clawback";
    }
}
