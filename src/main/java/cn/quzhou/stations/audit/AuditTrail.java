package cn.quzhou.stations.audit;

import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import java.util.List;
import java.util.function.Consumer;

/** Reading the audit trail: the audit administrator's search and the chain verifier. */
public interface AuditTrail {

    /** Newest first; {@code page} counts from 0. */
    AuditPage search(AuditQuery query, int page, int size);

    /**
     * One page of the trail, newest first, read on by keyset ({@code after} = the last id of the previous page): the
     * trail grows without bound, so no page is ever reached by skipping rows, and the total is counted up to a cap.
     */
    Paged<AuditEntry> page(ListRequest request, AuditFilter filter);

    /** Every entry the same list matches, in its order, handed to {@code each} as read (the Excel export). */
    void export(ListRequest request, AuditFilter filter, Consumer<AuditEntry> each);

    /** The actions recorded so far, for the action filter (a few dozen, read by a loose index scan). */
    List<String> actions();

    ChainVerification verify();

    record AuditPage(List<AuditEntry> entries, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}
