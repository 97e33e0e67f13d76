package cn.quzhou.stations.funding.web;

import cn.quzhou.stations.documents.FileDownloads;
import cn.quzhou.stations.funding.EntryFilter;
import cn.quzhou.stations.funding.EntryKind;
import cn.quzhou.stations.funding.ExpenseCommand;
import cn.quzhou.stations.shared.ListRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.quzhou.stations.funding.FundsLedgers;
import cn.quzhou.stations.funding.ReversalCommand;
import cn.quzhou.stations.funding.UsageReport;
import cn.quzhou.stations.shared.Forms;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A station's funds ledger: entries, the host unit's expense form, reversals, vouchers, the yearly usage report. */
@Controller
@RequestMapping("/funding/ledgers/{stationId}")
class LedgerController {

    private final FundsLedgers ledgers;
    private final FundingDocuments documents;
    private final FundingExports exports;
    private final Clock clock;

    LedgerController(FundsLedgers ledgers, FundingDocuments documents, FundingExports exports, Clock clock) {
        this.ledgers = ledgers;
        this.documents = documents;
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping
    String ledger(@PathVariable long stationId, ListRequest request, @ModelAttribute("filter") EntryFilter bound,
                  BindingResult ignored, Model model) {
        EntryFilter filter = EntryFilter.orNone(bound);
        model.addAttribute("filter", filter);
        model.addAttribute("form", new ExpenseCommand(LocalDate.now(clock), null, null, null, null, null));
        return page(stationId, request, filter, model);
    }

    /** Every entry of the ledger (as filtered), streamed into the workbook. */
    @GetMapping("/export")
    void export(@PathVariable long stationId, ListRequest request, @ModelAttribute("filter") EntryFilter bound,
                BindingResult ignored, HttpServletResponse response) {
        EntryFilter filter = EntryFilter.orNone(bound);
        String name = ledgers.get(stationId).stationName();
        exports.entries(response, name, out -> ledgers.exportEntries(stationId, request, filter, out));
    }

    @PostMapping("/expenses")
    String expense(@PathVariable long stationId, @Valid @ModelAttribute("form") ExpenseCommand form,
                   BindingResult result, @RequestParam(required = false) MultipartFile voucher, Model model,
                   RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "funding.expense.recorded", "redirect:/funding/ledgers/" + stationId,
                () -> Forms.upload(voucher, (name, content) -> ledgers.recordExpense(stationId, form, name, content)),
                () -> page(stationId, ListRequest.first(), EntryFilter.none(), model));
    }

    @PostMapping("/entries/{entryId}/reverse")
    String reverse(@PathVariable long stationId, @PathVariable long entryId, @Valid ReversalCommand form,
                   BindingResult result, RedirectAttributes redirect) {
        // the reason is typed in a one-line form beside each entry: its refusal comes back as the page's problem
        if (result.hasFieldErrors("reason")) {
            Forms.problem(redirect, form.reason() == null || form.reason().isBlank()
                    ? "funding.error.reasonRequired" : "funding.error.reasonTooLong");
            return "redirect:/funding/ledgers/" + stationId;
        }
        return Forms.act(redirect, "funding.entry.reversed", "redirect:/funding/ledgers/" + stationId,
                () -> ledgers.reverse(stationId, entryId, form));
    }

    @GetMapping("/entries/{entryId}/voucher")
    ResponseEntity<Resource> voucher(@PathVariable long stationId, @PathVariable long entryId) {
        FundsLedgers.Voucher v = ledgers.voucher(stationId, entryId);
        return FileDownloads.attachment(v.file(), v.content());
    }

    @GetMapping("/report.pdf")
    ResponseEntity<Resource> reportPdf(@PathVariable long stationId, @RequestParam int year) {
        UsageReport r = ledgers.usage(stationId, year);
        return FileDownloads.pdf(r.stationName() + "-" + year + "-经费使用情况", documents.usagePdf(r));
    }

    @GetMapping("/report.xlsx")
    ResponseEntity<StreamingResponseBody> reportExcel(@PathVariable long stationId, @RequestParam int year) {
        UsageReport r = ledgers.usage(stationId, year);
        return FileDownloads.xlsx("经费使用情况-" + year, out -> documents.usageExcel(r, out));
    }

    private String page(long stationId, ListRequest request, EntryFilter filter, Model model) {
        model.addAttribute("ledger", ledgers.get(stationId));
        model.addAttribute("entries", ledgers.entries(stationId, request, filter));
        model.addAttribute("kinds", EntryKind.values());
        if (!model.containsAttribute("filter")) {
            model.addAttribute("filter", filter);
        }
        model.addAttribute("categories", ledgers.categories());
        model.addAttribute("year", LocalDate.now(clock).getYear());
        return "funding/ledger";
    }
}
