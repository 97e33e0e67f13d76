package cn.quzhou.stations.station.internal;

import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.application.StationRecognised;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.Societies;
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
    private final HostUnits units;
    private final Societies societies;
    private final Applications applications;

    StationOpening(StationRepository stations, AuditLog audit, HostUnits units, Societies societies,
                   Applications applications) {
        this.applications = applications;
        this.stations = stations;
        this.audit = audit;
        this.units = units;
        this.societies = societies;
    }

    @EventListener
    void on(StationRecognised event) {
        if (stations.existsByApplicationId(event.applicationId())) {
            return;
        }
        Station station = stations.save(Station.openedBy(event,
                units.byId(event.hostUnitId()).orElseThrow().name(),
                societies.byId(event.societyId()).orElseThrow().name(),
                applications.responsiblePhoneOf(event.applicationId())));
        audit.record(AuditRecord.success("station.open", "station", station.getId(),
                "application " + event.applicationId() + ", " + event.documentNumber()));
    }
}
