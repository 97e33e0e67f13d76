package cn.quzhou.stations.station;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.documents.DocumentNumbers;
import cn.quzhou.stations.organisation.HostUnitView;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.organisation.SocietyView;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ImportOrigin;
import cn.quzhou.stations.station.internal.Station;
import cn.quzhou.stations.station.internal.StationRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stations recognised before the platform, entered with their history by import (issue #15, D8). The route's steps
 * are history already; the registry's invariants still hold: the unit and the society exist, the agreement period is
 * a period, nothing is dated in the future, and one society has one station in the city (Art. 3(6)). The paper
 * document number is kept as it is and the yearly series continues after it.
 */
@Service
@Transactional(readOnly = true)
public class StationHistory {

    private final StationRepository stations;
    private final HostUnits units;
    private final Societies societies;
    private final DocumentNumbers numbers;
    private final AuditLog audit;
    private final Clock clock;

    StationHistory(StationRepository stations, HostUnits units, Societies societies, DocumentNumbers numbers,
                   AuditLog audit, Clock clock) {
        this.stations = stations;
        this.units = units;
        this.societies = societies;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers an imported station and answers its id. */
    @Transactional
    @PreAuthorize("hasAuthority('history:import')")
    public long importStation(ImportedStation c, ImportOrigin origin) {
        HostUnitView unit = units.byId(c.hostUnitId())
                .orElseThrow(() -> new BusinessRuleException(null, "import.error.unknownUnit"));
        SocietyView society = societies.byId(c.societyId())
                .orElseThrow(() -> new BusinessRuleException(null, "history.error.unknownSociety"));
        requireRules(c, society);
        Station station = stations.saveAndFlush(Station.imported(c, unit.name(), unit.jurisdictionId(),
                society.name(), origin));
        numbers.noteIssued(c.documentNumber());
        audit.record(AuditRecord.success("station.import", "station", station.getId(),
                c.documentNumber() + ", sha256=" + origin.sha256() + ", row " + origin.row()));
        return station.getId();
    }

    /** The society ids that already have a station not revoked (Art. 3(6)), for the import's preview. */
    @PreAuthorize("hasAuthority('history:import')")
    public java.util.Set<Long> societiesWithStation() {
        return stations.keys().stream().filter(k -> k.status() != StationStatus.REVOKED)
                .map(StationRepository.Key::societyId).collect(java.util.stream.Collectors.toSet());
    }

    /** Every station by name, for the history sheets that name their station (names repeated map to null). */
    @PreAuthorize("hasAuthority('history:import')")
    public java.util.Map<String, Known> byName() {
        java.util.Map<String, Known> all = new java.util.HashMap<>();
        for (StationRepository.Key s : stations.keys()) {
            Known k = new Known(s.id(), s.level(), s.recognisedOn(), s.status() == StationStatus.REVOKED);
            all.merge(s.name(), k, (a, b) -> Known.AMBIGUOUS);
        }
        return all;
    }

    /** What the history sheets need to know of a station; {@link #AMBIGUOUS} when two stations share the name. */
    public record Known(long id, cn.quzhou.stations.organisation.SocietyLevel level, LocalDate recognisedOn,
                        boolean revoked) {
        public static final Known AMBIGUOUS = new Known(0, null, null, false);
    }

    private void requireRules(ImportedStation c, SocietyView society) {
        if (c.level() != society.level()) {
            throw new BusinessRuleException(null, "history.error.levelMismatch", society.name());
        }
        if (!c.agreementEndsOn().isAfter(c.agreementSignedOn())) {
            throw new BusinessRuleException(null, "history.error.agreementPeriod");
        }
        if (c.recognisedOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException(null, "history.error.future");
        }
        List<Station> same = stations.findAll((r, q, cb) -> cb.and(cb.equal(r.get("societyId"), c.societyId()),
                cb.notEqual(r.get("status"), StationStatus.REVOKED)));
        if (!same.isEmpty()) {
            throw new BusinessRuleException(null, "history.error.societyHasStation", society.name());
        }
    }
}
