package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.shared.ApiAccessDenied;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An API call refused by method security (answered 403 by the API error advice) is audited as DENIED. */
@Component
class ApiDeniedAudit {

    private final AuditLog audit;

    ApiDeniedAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ApiAccessDenied denied) {
        audit.record(new AuditRecord(null, "access.denied", "request", null, AuditOutcome.DENIED,
                denied.method() + " " + denied.path()));
    }
}
