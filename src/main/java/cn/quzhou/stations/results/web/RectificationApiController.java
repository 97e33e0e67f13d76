package cn.quzhou.stations.results.web;

import cn.quzhou.stations.shared.ApiPage;
import cn.quzhou.stations.shared.ListParameters;
import cn.quzhou.stations.shared.ListRequest;

import cn.quzhou.stations.results.DeadlineCommand;
import cn.quzhou.stations.results.DecisionNote;
import cn.quzhou.stations.results.RectificationFilter;
import cn.quzhou.stations.results.RectificationReport;
import cn.quzhou.stations.results.RectificationView;
import cn.quzhou.stations.results.Rectifications;
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
import org.springframework.web.bind.annotation.RequestParam;

/** Rectification tasks over the API (the report's evidence file is uploaded on the page). */
@ApiController
@RequestMapping("/api/rectifications")
@Tag(name = "rectifications", description = "results.api.rectificationTag")
class RectificationApiController {

    private final Rectifications rectifications;

    RectificationApiController(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @GetMapping
    @Operation(summary = "results.api.rectifications")
    ApiPage<RectificationView> list(@ListParameters(sort = "deadline,asc") ListRequest request,
                                    @RequestParam(required = false) RectificationView.Status status,
                                    @RequestParam(required = false) Boolean overdue,
                                    @RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) Long jurisdiction) {
        return ApiPage.of(rectifications.page(request, new RectificationFilter(status, overdue, year, jurisdiction)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "results.api.rectification")
    RectificationView get(@PathVariable long id) {
        return rectifications.get(id);
    }

    @PostMapping("/{id}/report")
    @Operation(summary = "results.api.report")
    RectificationView report(@PathVariable long id, @Valid @RequestBody RectificationReport report) {
        return rectifications.submit(id, report, null, null);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "results.api.acceptReport")
    RectificationView accept(@PathVariable long id) {
        return rectifications.accept(id, null);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "results.api.returnReport")
    RectificationView returnReport(@PathVariable long id, @Valid @RequestBody DecisionNote note) {
        return rectifications.returnReport(id, note);
    }

    @PostMapping("/{id}/deadline")
    @Operation(summary = "results.api.deadline")
    RectificationView deadline(@PathVariable long id, @Valid @RequestBody DeadlineCommand command) {
        return rectifications.setDeadline(id, command);
    }
}
