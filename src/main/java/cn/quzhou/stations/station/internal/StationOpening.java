package cn.quzhou.stations.station.internal;

import cn.quzhou.stations.application.StationRecognised;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens the station's record when the recognition document recognises its application — in the
 * recognition's own transaction, so a document is never issued for a station that was not opened.
 */
@Component
class StationOpening {

    private final StationRepository stations;
    private final AuditLog audit;

    StationOpening(StationRepository stations, AuditLog audit) {
        this.stations = stations;
        this.audit = audit;
    }

    @EventListener
    void on(StationRecognised event) {
        if (stations.existsByApplicationId(event.applicationId())) {
            return;
        }
        Station station = stations.save(Station.openedBy(event));
        audit.record(AuditRecord.success("station.open", "station", station.getId(),
                "application " + event.applicationId() + ", " + event.documentNumber()));
    }
}
