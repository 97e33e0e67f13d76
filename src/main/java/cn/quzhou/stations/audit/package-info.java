/**
 * 审计 — the append-only, hash-chained audit trail and its search for the audit administrator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计",
        allowedDependencies = {"shared"})
package cn.quzhou.stations.audit;
