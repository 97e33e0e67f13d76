package cn.quzhou.stations.audit.web;

import cn.quzhou.stations.audit.AuditFilter;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditTrail;
import cn.quzhou.stations.shared.ListRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The audit administrator's search of the audit trail (keyset pages, newest first), and the chain check. The Excel
 * export of the same list is served by the organisation module (see {@code AuditExportController} there): the
 * documents module that writes workbooks itself records to the audit trail, so the audit module cannot use it.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /** A malformed date or an unknown outcome does not bind (the filters left out), never an error page. */
    @GetMapping
    String search(ListRequest request, @ModelAttribute("filter") AuditFilter filter, BindingResult ignored,
                  Model model) {
        AuditFilter given = filter == null ? AuditFilter.none() : filter;
        model.addAttribute("filter", given);
        model.addAttribute("result", trail.page(request, given));
        return page(model);
    }

    @GetMapping("/verify")
    @PreAuthorize("hasAuthority('audit:read')")
    String verify(Model model) {
        model.addAttribute("filter", AuditFilter.none());
        model.addAttribute("result", trail.page(ListRequest.first(), AuditFilter.none()));
        model.addAttribute("verification", trail.verify());
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("actions", trail.actions());
        model.addAttribute("outcomes", AuditOutcome.values());
        return "audit/search";
    }
}
