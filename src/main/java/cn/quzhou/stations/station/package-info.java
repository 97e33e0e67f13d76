/**
 * 服务站 — the registry of recognised stations (opened from the recognition document); annual
 * plans, evidence and the rest of the station's life arrive with issue #4.
 */
@org.springframework.modulith.ApplicationModule(displayName = "服务站",
        allowedDependencies = {"application", "application :: notice", "audit", "documents", "notification",
                "organisation", "shared"})
package cn.quzhou.stations.station;
