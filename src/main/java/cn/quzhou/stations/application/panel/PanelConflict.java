package cn.quzhou.stations.application.panel;

/** An expert who is not (and may never be) assigned an application, and why. */
public record PanelConflict(long expertId, String expertName, long applicationId, String stationName,
                            ConflictKind kind, String declaredReason) {
}
