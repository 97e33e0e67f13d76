package cn.quzhou.stations.application.panel;

import java.time.Instant;

/** A row of the panel list. */
public record PanelSummary(long id, String name, int year, PanelStatus status, int applications, int experts,
                           int submittedSheets, int assignedSheets, Instant formedAt) {
}
