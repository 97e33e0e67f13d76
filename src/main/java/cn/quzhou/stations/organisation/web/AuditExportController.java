package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.audit.AuditFilter;
import cn.quzhou.stations.audit.AuditNames;
import cn.quzhou.stations.audit.AuditTrail;
import cn.quzhou.stations.shared.ListRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The Excel export of the audit search (every matching entry, streamed). It lives here, not in the audit module:
 * the documents module that writes workbooks records its own downloads to the audit trail, so audit → documents
 * would close a cycle; this module already depends on both. The export is itself audited ({@code file.export}), like
 * every download. The permission is the trail's own ({@code audit:read}).
 */
@Controller
class AuditExportController {

    private final AuditTrail trail;
    private final OrganisationExports exports;
    private final AuditNames names;

    AuditExportController(AuditTrail trail, OrganisationExports exports, AuditNames names) {
        this.trail = trail;
        this.exports = exports;
        this.names = names;
    }

    @GetMapping("/audit/export")
    void export(ListRequest request, @ModelAttribute("filter") AuditFilter filter, BindingResult ignored,
                HttpServletResponse response) {
        AuditFilter given = filter == null ? AuditFilter.none() : filter;
        exports.audit(response, names, out -> trail.export(request, given, out));
    }
}
