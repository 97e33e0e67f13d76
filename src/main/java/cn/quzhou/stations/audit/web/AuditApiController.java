package cn.quzhou.stations.audit.web;

import cn.quzhou.stations.audit.AuditLine;
import cn.quzhou.stations.audit.AuditNames;
import cn.quzhou.stations.audit.AuditFilter;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditTrail;
import cn.quzhou.stations.shared.ApiController;
import cn.quzhou.stations.shared.ApiPage;
import cn.quzhou.stations.shared.ListParameters;
import cn.quzhou.stations.shared.ListRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit search over the API, for the audit administrator's tools: keyset pages, newest first. */
@ApiController
@Tag(name = "audit", description = "api.tag.audit")
class AuditApiController {

    private final AuditTrail trail;
    private final AuditNames names;

    AuditApiController(AuditTrail trail, AuditNames names) {
        this.trail = trail;
        this.names = names;
    }

    @GetMapping("/api/audit")
    @Operation(summary = "api.op.audit.list")
    ApiPage<AuditLine> list(@ListParameters(sort = "occurredAt,desc", keyset = true) ListRequest request,
                            @Parameter(hidden = true) Locale locale,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) String action,
                             @RequestParam(required = false) AuditOutcome outcome,
                             @RequestParam(required = false) String actor,
                             @RequestParam(required = false) String objectType,
                             @RequestParam(required = false) String objectId,
                             @RequestParam(required = false) String ip,
                             @RequestParam(defaultValue = "false") boolean signIns) {
        AuditFilter filter = new AuditFilter(from, to, action, outcome, actor, objectType, objectId, ip, signIns);
        return ApiPage.of(names.lines(trail.page(request, filter), locale));
    }

    /** 登录日志, as the page /audit/signins: only sign-ins, their failures and lock-outs, second factors, sign-outs. */
    @GetMapping("/api/audit/sign-ins")
    @Operation(summary = "api.op.audit.signIns")
    ApiPage<AuditLine> signIns(@ListParameters(sort = "occurredAt,desc", keyset = true) ListRequest request,
                               @Parameter(hidden = true) Locale locale,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                               @RequestParam(required = false) String action,
                               @RequestParam(required = false) AuditOutcome outcome,
                               @RequestParam(required = false) String actor,
                               @RequestParam(required = false) String ip) {
        AuditFilter filter = new AuditFilter(from, to, action, outcome, actor, null, null, ip, true);
        return ApiPage.of(names.lines(trail.page(request, filter), locale));
    }
}
