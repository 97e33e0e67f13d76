package cn.quzhou.stations.audit;

import java.util.List;

/** Reading the audit trail: the audit administrator's search and the chain verifier. */
public interface AuditTrail {

    /** Newest first; {@code page} counts from 0. */
    AuditPage search(AuditQuery query, int page, int size);

    ChainVerification verify();

    record AuditPage(List<AuditEntry> entries, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}
