package cn.quzhou.stations.audit;

import cn.quzhou.stations.shared.Labels;

@Labels("audit.outcome")
public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
