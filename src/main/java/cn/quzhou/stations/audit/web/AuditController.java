package cn.quzhou.stations.audit.web;

import cn.quzhou.stations.audit.AuditFilter;
import cn.quzhou.stations.audit.AuditNames;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditTrail;
import cn.quzhou.stations.shared.ListRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The audit administrator's search of the audit trail (keyset pages, newest first), the 登录日志 (the same list
 * narrowed to sign-in events) and the chain check. Rows are shown as {@link cn.quzhou.stations.audit.AuditLine}s. The
 * Excel export of the same list is served by the organisation module (see {@code AuditExportController} there): the
 * documents module that writes workbooks itself records to the audit trail, so the audit module cannot use it.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

    private final AuditTrail trail;
    private final AuditNames names;

    AuditController(AuditTrail trail, AuditNames names) {
        this.trail = trail;
        this.names = names;
    }

    /** A malformed date or an unknown outcome does not bind (the filters left out), never an error page. */
    @GetMapping
    String search(ListRequest request, @ModelAttribute("filter") AuditFilter filter, BindingResult ignored,
                  Model model, Locale locale) {
        AuditFilter given = filter == null ? AuditFilter.none() : filter;
        return list(request, given, model, locale, "/audit");
    }

    @GetMapping("/signins")
    String signIns(ListRequest request, @ModelAttribute("filter") AuditFilter filter, BindingResult ignored,
                   Model model, Locale locale) {
        AuditFilter given = (filter == null ? AuditFilter.none() : filter).signInsOnly();
        return list(request, given, model, locale, "/audit/signins");
    }

    @GetMapping("/verify")
    @PreAuthorize("hasAuthority('audit:read')")
    String verify(Model model, Locale locale) {
        model.addAttribute("verification", trail.verify());
        return list(ListRequest.first(), AuditFilter.none(), model, locale, "/audit");
    }

    private String list(ListRequest request, AuditFilter filter, Model model, Locale locale, String path) {
        var result = trail.page(request, filter);
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("lines", names.reader(locale).lines(result.items()));
        model.addAttribute("path", path);
        Map<String, String> actions = new LinkedHashMap<>();
        for (String code : filter.signIns() ? AuditFilter.SIGN_IN_ACTIONS : trail.actions()) {
            actions.put(code, names.action(code, locale));
        }
        model.addAttribute("actions", actions);
        model.addAttribute("outcomes", AuditOutcome.values());
        return "audit/search";
    }
}
