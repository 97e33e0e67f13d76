package cn.quzhou.stations.application.panel.web;

import cn.quzhou.stations.shared.ApiPage;
import cn.quzhou.stations.shared.ListParameters;
import cn.quzhou.stations.shared.ListRequest;
import org.springframework.web.bind.annotation.RequestParam;
import cn.quzhou.stations.application.panel.ListCommand;
import cn.quzhou.stations.application.panel.PanelCommand;
import cn.quzhou.stations.application.panel.PanelFilter;
import cn.quzhou.stations.application.panel.PanelStatus;
import cn.quzhou.stations.application.panel.PanelSummary;
import cn.quzhou.stations.application.panel.PanelView;
import cn.quzhou.stations.application.panel.ReviewPanels;
import cn.quzhou.stations.application.panel.SheetCommand;
import cn.quzhou.stations.application.panel.SheetPolicyView;
import cn.quzhou.stations.application.panel.SheetStatus;
import cn.quzhou.stations.application.panel.SheetView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import cn.quzhou.stations.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 评审小组 over the API: the expert's assignments and sheets, and the panels with their aggregates,
 * under the same permissions and data scope as the pages. A frozen sheet or an impossible step → 409.
 */
@ApiController
@RequestMapping("/api/panels")
@Tag(name = "panels", description = "api.op.panels.list")
class PanelApiController {

    private final ReviewPanels panels;

    PanelApiController(ReviewPanels panels) {
        this.panels = panels;
    }

    /** A conflict declaration: why the expert may not review the application. */
    record ConflictDeclaration(@jakarta.validation.constraints.Size(max = 500) String reason) {
    }

    /** Submitting the list: the panel version seen and the seal confirmation. */
    record ListSubmission(int version, boolean sealConfirmed) {
    }

    /** How many applications went to the city talent office. */
    record Submitted(int applications) {
    }

    @GetMapping("/assignments")
    @Operation(summary = "api.op.panels.assignments")
    ApiPage<SheetView> assignments(@ListParameters(sort = "assigned,asc") ListRequest request,
                                   @RequestParam(required = false) SheetStatus status) {
        return ApiPage.of(panels.mySheets(request, status));
    }

    @GetMapping("/sheets/{id}")
    @Operation(summary = "api.op.panels.sheet")
    SheetView sheet(@PathVariable long id) {
        return panels.sheet(id);
    }

    @PutMapping("/sheets/{id}")
    @Operation(summary = "api.op.panels.saveSheet")
    SheetView save(@PathVariable long id, @Valid @RequestBody SheetCommand command) {
        return panels.saveSheet(id, command);
    }

    @PostMapping("/sheets/{id}/submit")
    @Operation(summary = "api.op.panels.submitSheet")
    SheetView submit(@PathVariable long id, @Valid @RequestBody(required = false) SheetCommand command) {
        return panels.submitSheet(id, command);
    }

    @PostMapping("/sheets/{id}/conflict")
    @Operation(summary = "api.op.panels.declareConflict")
    ResponseEntity<Void> declareConflict(@PathVariable long id, @RequestBody ConflictDeclaration declaration) {
        panels.declareConflict(id, declaration.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/policy")
    @Operation(summary = "api.op.panels.policy")
    SheetPolicyView policy() {
        return panels.policyInForce();
    }

    @GetMapping
    @Operation(summary = "api.op.panels.list")
    ApiPage<PanelSummary> list(@ListParameters(sort = "formedAt,desc") ListRequest request,
                               @RequestParam(required = false) PanelStatus status,
                               @RequestParam(required = false) Integer year) {
        return ApiPage.of(panels.page(request, new PanelFilter(status, year)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "api.op.panels.get")
    PanelView get(@PathVariable long id) {
        return panels.get(id);
    }

    @PostMapping
    @Operation(summary = "api.op.panels.form")
    ResponseEntity<PanelView> form(@Valid @RequestBody PanelCommand command) {
        long id = panels.form(command);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(id).toUri()).body(panels.get(id));
    }

    @PostMapping("/{id}/assignments")
    @Operation(summary = "api.op.panels.assign")
    PanelView assign(@PathVariable long id, @Valid @RequestBody Assignment assignment) {
        panels.assign(id, assignment.applicationId(), assignment.expertId());
        return panels.get(id);
    }

    /** One more expert for one application of the batch. */
    record Assignment(@jakarta.validation.constraints.NotNull Long applicationId,
                      @jakarta.validation.constraints.NotNull Long expertId) {
    }

    @PostMapping("/{id}/list")
    @Operation(summary = "api.op.panels.fixList")
    PanelView fixList(@PathVariable long id, @Valid @RequestBody ListCommand command) {
        panels.fixList(id, command);
        return panels.get(id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "api.op.panels.submitList")
    Submitted submitList(@PathVariable long id, @RequestBody ListSubmission submission) {
        return new Submitted(panels.submitList(id, submission.version(), submission.sealConfirmed()));
    }
}
