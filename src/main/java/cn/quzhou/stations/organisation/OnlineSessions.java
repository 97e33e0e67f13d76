package cn.quzhou.stations.organisation;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.organisation.internal.OnlineSessionStore;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 在线用户: the security administrator sees every signed-in browser, on every instance, and can end one. */
@Service
public class OnlineSessions {

    private final OnlineSessionStore store;
    private final AuditLog audit;

    OnlineSessions(OnlineSessionStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** One page of the signed-in browsers, searched over user name, name and address, latest activity first. */
    @PreAuthorize("hasAuthority('session:read')")
    @Transactional(readOnly = true)
    public Paged<OnlineSessionView> page(ListRequest request) {
        return store.page(request.resolve(OnlineSessionStore.SORTS));
    }

    /** Ends one session; its browser is sent to the sign-in page at its next request, whichever instance serves it. */
    @PreAuthorize("hasAuthority('session:end')")
    @Transactional
    public void end(String id) {
        OnlineSessionView ended = store.end(id).orElseThrow(() -> new NotFoundException("session", id));
        audit.record(AuditRecord.success("session.end", "account", ended.accountId(),
                "username=" + ended.username() + ", ip=" + ended.clientIp() + ", since=" + ended.signedInAt()));
    }
}
