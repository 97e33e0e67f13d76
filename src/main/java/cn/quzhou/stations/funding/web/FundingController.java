package cn.quzhou.stations.funding.web;

import cn.quzhou.stations.funding.FundsLedgers;
import cn.quzhou.stations.funding.Grants;
import cn.quzhou.stations.funding.InstalmentFilter;
import cn.quzhou.stations.funding.InstalmentStatus;
import cn.quzhou.stations.funding.InstalmentView;
import cn.quzhou.stations.funding.LedgerFilter;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.ListRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.quzhou.stations.funding.PaymentCommand;
import cn.quzhou.stations.shared.Forms;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
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

/** The grants: instalments and ledgers in scope, paged; an instalment's disbursement, recorded and approved. */
@Controller
@RequestMapping("/funding")
class FundingController {

    private final Grants grants;
    private final FundsLedgers ledgers;
    private final Jurisdictions jurisdictions;
    private final FundingExports exports;
    private final Clock clock;

    FundingController(Grants grants, FundsLedgers ledgers, Jurisdictions jurisdictions, FundingExports exports,
                      Clock clock) {
        this.grants = grants;
        this.ledgers = ledgers;
        this.jurisdictions = jurisdictions;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping
    String index(ListRequest request, @ModelAttribute("filter") InstalmentFilter bound, BindingResult ignored,
                 Model model) {
        InstalmentFilter filter = InstalmentFilter.orNone(bound);
        model.addAttribute("filter", filter);
        model.addAttribute("jurisdictions", jurisdictions.list());
        model.addAttribute("statuses", InstalmentStatus.values());
        model.addAttribute("instalments", grants.page(request, filter));
        return "funding/index";
    }

    @GetMapping("/export")
    void export(ListRequest request, @ModelAttribute("filter") InstalmentFilter bound, BindingResult ignored,
                HttpServletResponse response) {
        InstalmentFilter filter = InstalmentFilter.orNone(bound);
        exports.instalments(response, out -> grants.export(request, filter, out));
    }

    @GetMapping("/ledgers")
    String ledgers(ListRequest request, @ModelAttribute("filter") LedgerFilter bound, BindingResult ignored,
                   Model model) {
        LedgerFilter filter = LedgerFilter.orNone(bound);
        model.addAttribute("filter", filter);
        model.addAttribute("jurisdictions", jurisdictions.list());
        model.addAttribute("levels", SocietyLevel.values());
        model.addAttribute("ledgers", ledgers.page(request, filter));
        return "funding/ledgers";
    }

    @GetMapping("/ledgers/export")
    void exportLedgers(ListRequest request, @ModelAttribute("filter") LedgerFilter bound, BindingResult ignored,
                       HttpServletResponse response) {
        LedgerFilter filter = LedgerFilter.orNone(bound);
        exports.ledgers(response, out -> ledgers.export(request, filter, out));
    }

    @GetMapping("/instalments/{id}")
    String instalment(@PathVariable long id, Model model) {
        InstalmentView i = grants.get(id);
        model.addAttribute("form", new PaymentCommand(LocalDate.now(clock), i.amount(), null, null));
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return page(i, model);
    }

    /** The form carries an idempotency key made when it was shown: a double click or a resend records one payment. */
    @PostMapping("/instalments/{id}/payments")
    String record(@PathVariable long id, @Valid @ModelAttribute("form") PaymentCommand form, BindingResult result,
                  @RequestParam String idempotencyKey, @RequestParam(defaultValue = "false") boolean confirmed,
                  Model model, RedirectAttributes redirect) {
        if (!confirmed) {
            // a recorded payment is paid and cannot be recorded again: asked again with what was typed
            Forms.unconfirmed(model, "funding.payment.recordUnconfirmed");
            model.addAttribute("idempotencyKey", idempotencyKey);
            return page(grants.get(id), model);
        }
        return Forms.submit(result, redirect, "funding.payment.recorded", "redirect:/funding/instalments/" + id,
                () -> grants.record(id, form, idempotencyKey),
                () -> {
                    model.addAttribute("idempotencyKey", idempotencyKey);
                    return page(grants.get(id), model);
                });
    }

    @PostMapping("/payments/{paymentId}/approve")
    String approve(@PathVariable long paymentId, @RequestParam long instalmentId,
                   @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        if (!confirmed) {
            // the approval settles the payment for good: the page states it and the tick is required (issue 14 item 3)
            Forms.unconfirmed(redirect, "funding.payment.approveUnconfirmed");
            return "redirect:/funding/instalments/" + instalmentId + "#approve-form";
        }
        return Forms.act(redirect, "funding.payment.approved", "redirect:/funding/instalments/" + instalmentId,
                () -> grants.approve(paymentId));
    }

    private String page(InstalmentView i, Model model) {
        model.addAttribute("i", i);
        return "funding/instalment";
    }
}
