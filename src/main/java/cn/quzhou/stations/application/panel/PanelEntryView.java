package cn.quzhou.stations.application.panel;

import cn.quzhou.stations.application.ApplicationStatus;
import java.util.List;

/** An application of a panel's batch: its sheets, the aggregate, and the panel's outcome once the list is fixed. */
public record PanelEntryView(long applicationId, String stationName, String unitName, ApplicationStatus status,
                             List<SheetView> sheets, PanelScore score, PanelOutcome outcome, String reason) {
}
