package cn.quzhou.stations.audit.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.shared.RecordNotFound;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A request for a record that does not exist or lies outside the caller's scope is audited as DENIED: the caller is
 * told only "not found", but an assessor sees who tried which ids.
 */
@Component
class ProbeAudit {

    private final AuditLog audit;

    ProbeAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(RecordNotFound probe) {
        RequestObject object = RequestObject.of(probe.path());
        audit.record(new AuditRecord(null, "access.notFound", object.type(), object.id(), AuditOutcome.DENIED,
                probe.method() + " " + probe.path()));
    }
}
