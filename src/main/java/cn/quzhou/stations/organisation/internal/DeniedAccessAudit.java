package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditRecord;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.stereotype.Component;

/** Every refused request is audited as DENIED before the friendly 403 page is shown. */
@Component
class DeniedAccessAudit implements AccessDeniedHandler {

    private final AuditLog audit;
    private final AccessDeniedHandler delegate = new AccessDeniedHandlerImpl();

    DeniedAccessAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        audit.record(new AuditRecord(null, "access.denied", "request", null, AuditOutcome.DENIED,
                request.getMethod() + " " + request.getRequestURI()));
        delegate.handle(request, response, denied);
    }
}
