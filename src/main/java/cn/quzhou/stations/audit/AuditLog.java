package cn.quzhou.stations.audit;

/**
 * Appends to the audit trail. It joins the caller's transaction, so a state change and its audit
 * row commit or roll back together; outside a transaction it commits on its own.
 */
public interface AuditLog {

    void record(AuditRecord record);
}
