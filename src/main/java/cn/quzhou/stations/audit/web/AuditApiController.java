package cn.quzhou.stations.audit.web;

import cn.quzhou.stations.audit.AuditEntry;
import cn.quzhou.stations.audit.AuditFilter;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditTrail;
import cn.quzhou.stations.shared.ApiController;
import cn.quzhou.stations.shared.ApiPage;
import cn.quzhou.stations.shared.ListRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit search over the API, for the audit administrator's tools: keyset pages, newest first. */
@ApiController
@Tag(name = "audit", description = "api.tag.audit")
class AuditApiController {

    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/audit")
    @Operation(summary = "api.op.audit.list", parameters = {
            @Parameter(name = "size", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")),
            @Parameter(name = "after", in = ParameterIn.QUERY, schema = @Schema(type = "integer", minimum = "1")),
            @Parameter(name = "sort", in = ParameterIn.QUERY, schema = @Schema(type = "string", example = "occurredAt,desc")),
            @Parameter(name = "q", in = ParameterIn.QUERY, schema = @Schema(type = "string", maxLength = 100))})
    ApiPage<AuditEntry> list(@Parameter(hidden = true) ListRequest request,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) String action,
                             @RequestParam(required = false) AuditOutcome outcome,
                             @RequestParam(required = false) String actor,
                             @RequestParam(required = false) String objectType,
                             @RequestParam(required = false) String objectId,
                             @RequestParam(required = false) String ip,
                             @RequestParam(defaultValue = "false") boolean signIns) {
        return ApiPage.of(trail.page(request, new AuditFilter(from, to, action, outcome, actor, objectType, objectId, ip,
                signIns)));
    }
}
