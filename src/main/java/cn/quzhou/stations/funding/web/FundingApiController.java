package cn.quzhou.stations.funding.web;

import cn.quzhou.stations.funding.Anomaly;
import cn.quzhou.stations.funding.CategoryView;
import cn.quzhou.stations.funding.ClawbackView;
import cn.quzhou.stations.funding.Clawbacks;
import cn.quzhou.stations.funding.EntryView;
import cn.quzhou.stations.funding.ExpenseCommand;
import cn.quzhou.stations.funding.FundsLedgers;
import cn.quzhou.stations.funding.FundsOverview;
import cn.quzhou.stations.funding.Grants;
import cn.quzhou.stations.funding.InstalmentView;
import cn.quzhou.stations.funding.LedgerView;
import cn.quzhou.stations.funding.OverviewRow;
import cn.quzhou.stations.funding.PaymentCommand;
import cn.quzhou.stations.funding.PaymentView;
import cn.quzhou.stations.funding.Reconciliation;
import cn.quzhou.stations.funding.RepaymentCommand;
import cn.quzhou.stations.funding.ReversalCommand;
import cn.quzhou.stations.funding.UsageReport;
import cn.quzhou.stations.funding.ClawbackFilter;
import cn.quzhou.stations.funding.ClawbackState;
import cn.quzhou.stations.funding.EntryFilter;
import cn.quzhou.stations.funding.EntryKind;
import cn.quzhou.stations.funding.InstalmentFilter;
import cn.quzhou.stations.funding.InstalmentStatus;
import cn.quzhou.stations.funding.LedgerFilter;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.ApiController;
import cn.quzhou.stations.shared.ApiPage;
import cn.quzhou.stations.shared.ListParameters;
import cn.quzhou.stations.shared.ListRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The grants, ledgers, clawbacks, reconciliation and overview over the API, same permissions and data scope. */
@ApiController
@RequestMapping("/api/funding")
@Tag(name = "funding", description = "api.tag.funding")
class FundingApiController {

    private final Grants grants;
    private final FundsLedgers ledgers;
    private final Clawbacks clawbacks;
    private final Reconciliation reconciliation;
    private final FundsOverview overview;

    FundingApiController(Grants grants, FundsLedgers ledgers, Clawbacks clawbacks, Reconciliation reconciliation,
                         FundsOverview overview) {
        this.grants = grants;
        this.ledgers = ledgers;
        this.clawbacks = clawbacks;
        this.reconciliation = reconciliation;
        this.overview = overview;
    }

    @GetMapping("/instalments")
    @Operation(summary = "api.op.funding.instalments")
    ApiPage<InstalmentView> instalments(@ListParameters(sort = "year,desc") ListRequest request,
                                        @RequestParam(required = false) Integer year,
                                        @RequestParam(required = false) InstalmentStatus status,
                                        @RequestParam(required = false) Long jurisdiction) {
        return ApiPage.of(grants.page(request, new InstalmentFilter(year, status, jurisdiction)));
    }

    @GetMapping("/instalments/{id}")
    @Operation(summary = "api.op.funding.instalment")
    InstalmentView instalment(@PathVariable long id) {
        return grants.get(id);
    }

    /** Idempotent: the same Idempotency-Key returns the payment it made instead of making another. */
    @PostMapping("/stations/{stationId}/years/{year}/payment")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.funding.pay")
    PaymentView pay(@PathVariable long stationId, @PathVariable int year,
                    @RequestHeader("Idempotency-Key") String idempotencyKey, @Valid @RequestBody PaymentCommand command) {
        return grants.recordFor(stationId, year, command, idempotencyKey);
    }

    @PostMapping("/payments/{id}/approval")
    @Operation(summary = "api.op.funding.approve")
    PaymentView approve(@PathVariable long id) {
        return grants.approve(id);
    }

    @GetMapping("/categories")
    @Operation(summary = "api.op.funding.categories")
    List<CategoryView> categories() {
        return ledgers.categories();
    }

    @GetMapping("/ledgers")
    @Operation(summary = "api.op.funding.ledgers")
    ApiPage<LedgerView> ledgers(@ListParameters(sort = "balance,desc") ListRequest request,
                                @RequestParam(required = false) Long jurisdiction,
                                @RequestParam(required = false) SocietyLevel level) {
        return ApiPage.of(ledgers.page(request, new LedgerFilter(jurisdiction, level)));
    }

    @GetMapping("/ledgers/{stationId}")
    @Operation(summary = "api.op.funding.ledger")
    LedgerView ledger(@PathVariable long stationId) {
        return ledgers.get(stationId);
    }

    /** Keyset paging: pass the previous page's {@code next} as {@code after}. */
    @GetMapping("/ledgers/{stationId}/entries")
    @Operation(summary = "api.op.funding.entries")
    ApiPage<EntryView> entries(@PathVariable long stationId,
                               @ListParameters(sort = "recorded,desc", keyset = true) ListRequest request,
                               @RequestParam(required = false) EntryKind kind,
                               @RequestParam(required = false) Integer year) {
        return ApiPage.of(ledgers.entries(stationId, request, new EntryFilter(kind, year)));
    }

    @PostMapping("/ledgers/{stationId}/expenses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.funding.expense")
    EntryView expense(@PathVariable long stationId, @Valid @RequestBody ExpenseCommand command) {
        return ledgers.recordExpense(stationId, command, null, null);
    }

    @PostMapping("/ledgers/{stationId}/entries/{entryId}/reversal")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.funding.reverse")
    EntryView reverse(@PathVariable long stationId, @PathVariable long entryId,
                      @Valid @RequestBody ReversalCommand command) {
        return ledgers.reverse(stationId, entryId, command);
    }

    @GetMapping("/ledgers/{stationId}/usage")
    @Operation(summary = "api.op.funding.usage")
    UsageReport usage(@PathVariable long stationId, @RequestParam int year) {
        return ledgers.usage(stationId, year);
    }

    @GetMapping("/clawbacks")
    @Operation(summary = "api.op.funding.clawbacks")
    ApiPage<ClawbackView> clawbacks(@ListParameters(sort = "openedOn,desc") ListRequest request,
                                    @RequestParam(required = false) ClawbackState status,
                                    @RequestParam(required = false) Long jurisdiction,
                                    @RequestParam(required = false) Integer year) {
        return ApiPage.of(clawbacks.page(request, new ClawbackFilter(status, jurisdiction, year)));
    }

    @GetMapping("/clawbacks/{id}")
    @Operation(summary = "api.op.funding.clawback")
    ClawbackView clawback(@PathVariable long id) {
        return clawbacks.get(id);
    }

    @PostMapping("/clawbacks/{id}/repayments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.funding.repay")
    ClawbackView repay(@PathVariable long id, @Valid @RequestBody RepaymentCommand command) {
        return clawbacks.repay(id, command);
    }

    @GetMapping("/reconciliation")
    @Operation(summary = "api.op.funding.reconciliation")
    Reconciliation.Run lastReconciliation() {
        return reconciliation.last().orElse(new Reconciliation.Run(null, List.<Anomaly>of()));
    }

    @PostMapping("/reconciliation")
    @Operation(summary = "api.op.funding.reconcile")
    Reconciliation.Run reconcile() {
        return reconciliation.runNow();
    }

    @GetMapping("/overview")
    @Operation(summary = "api.op.funding.overview")
    List<OverviewRow> overview() {
        return overview.rows();
    }
}
