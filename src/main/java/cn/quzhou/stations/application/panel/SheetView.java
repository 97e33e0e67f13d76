package cn.quzhou.stations.application.panel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One expert's review sheet for one application (the assignment). */
public record SheetView(long id, long panelId, String panelName, long applicationId, String stationName,
                        String unitName, long expertId, String expertName, SheetStatus status,
                        Map<String, BigDecimal> scores, BigDecimal total, String comment, String conflictReason,
                        Instant savedAt, Instant submittedAt, int version) {

    public boolean editable() {
        return status.open();
    }
}
