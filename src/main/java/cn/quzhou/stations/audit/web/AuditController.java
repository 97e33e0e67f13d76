package cn.quzhou.stations.audit.web;

import cn.quzhou.stations.audit.AuditQuery;
import cn.quzhou.stations.audit.AuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit administrator's search of the audit trail, and the chain check. */
@Controller
@RequestMapping("/audit")
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    String search(@ModelAttribute("query") AuditQueryForm query, @RequestParam(defaultValue = "0") int page,
                  Model model) {
        model.addAttribute("result", trail.search(query.toQuery(), Math.max(0, page), PAGE_SIZE));
        return "audit/search";
    }

    @GetMapping("/verify")
    @PreAuthorize("hasAuthority('audit:read')")
    String verify(Model model) {
        model.addAttribute("query", new AuditQueryForm(null, null, null, null, null, null));
        model.addAttribute("result", trail.search(AuditQuery.all(), 0, PAGE_SIZE));
        model.addAttribute("verification", trail.verify());
        return "audit/search";
    }

    record AuditQueryForm(String actor, String action, String objectType, String objectId,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate from,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate to) {
        AuditQuery toQuery() {
            return new AuditQuery(actor, action, objectType, objectId, from, to);
        }
    }
}
