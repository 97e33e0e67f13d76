package cn.quzhou.stations.audit;

public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
