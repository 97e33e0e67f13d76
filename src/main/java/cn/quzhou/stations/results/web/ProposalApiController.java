package cn.quzhou.stations.results.web;

import cn.quzhou.stations.station.RevocationCause;
import org.springframework.web.bind.annotation.RequestParam;
import cn.quzhou.stations.shared.ApiPage;
import cn.quzhou.stations.shared.ListParameters;
import cn.quzhou.stations.shared.ListRequest;

import cn.quzhou.stations.results.DecisionNote;
import cn.quzhou.stations.results.ProposalAcceptance;
import cn.quzhou.stations.results.ProposalFilter;
import cn.quzhou.stations.results.ProposalView;
import cn.quzhou.stations.results.RevocationProposals;
import cn.quzhou.stations.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** Revocation proposals over the API (an evidence file for the revocation is uploaded on the page). */
@ApiController
@RequestMapping("/api/revocation-proposals")
@Tag(name = "revocation-proposals", description = "results.api.proposalTag")
class ProposalApiController {

    private final RevocationProposals proposals;

    ProposalApiController(RevocationProposals proposals) {
        this.proposals = proposals;
    }

    @GetMapping
    @Operation(summary = "results.api.proposals")
    ApiPage<ProposalView> list(@ListParameters(sort = "openedAt,desc") ListRequest request,
                               @RequestParam(required = false) ProposalView.Status status,
                               @RequestParam(required = false) RevocationCause cause) {
        return ApiPage.of(proposals.page(request, new ProposalFilter(status, cause)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "results.api.proposal")
    ProposalView get(@PathVariable long id) {
        return proposals.get(id);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "results.api.acceptProposal")
    ProposalView accept(@PathVariable long id, @Valid @RequestBody ProposalAcceptance acceptance) {
        return proposals.accept(id, acceptance, null, null);
    }

    @PostMapping("/{id}/dismiss")
    @Operation(summary = "results.api.dismissProposal")
    ProposalView dismiss(@PathVariable long id, @Valid @RequestBody DecisionNote note) {
        return proposals.dismiss(id, note);
    }
}
