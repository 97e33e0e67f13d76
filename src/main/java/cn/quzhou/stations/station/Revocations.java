package cn.quzhou.stations.station;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.documents.FileStore;
import cn.quzhou.stations.documents.StoredFile;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.station.internal.Station;
import cn.quzhou.stations.station.internal.StationRepository;
import java.io.InputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撤销 (Art. 18): the city CAST records a revocation for one of the six causes, with its reason,
 * evidence and document. The station becomes read-only history and {@link StationRevoked} is published.
 */
@Service
@Transactional(readOnly = true)
public class Revocations {

    private final StationRepository stations;
    private final JdbcClient jdbc;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Revocations(StationRepository stations, JdbcClient jdbc, FileStore files, ApplicationEventPublisher events,
                AuditLog audit, Clock clock) {
        this.stations = stations;
        this.jdbc = jdbc;
        this.files = files;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Revokes the station and answers the revocation as recorded, read in the same transaction. */
    @Transactional
    @PreAuthorize("hasAuthority('station:revoke')")
    public RevocationView revoke(long stationId, RevocationCommand c, String evidenceName, InputStream evidence) {
        Station station = stations.findById(stationId).orElseThrow(() -> new NotFoundException("station", stationId));
        if (c.decidedOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("decidedOn", "revocation.error.future");
        }
        station.revoke();
        StoredFile file = evidence == null ? null : files.store(evidenceName, evidence, FileStore.ANY);
        jdbc.sql("""
                insert into station_revocation (station_id, cause, reason, document_number, decided_on,
                                                evidence_file_id, evidence_name, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(stationId, c.cause().name(), c.reason().strip(), c.documentNumber().strip(),
                        Date.valueOf(c.decidedOn()), file == null ? null : file.id(), file == null ? null : file.name(),
                        PlatformUser.current().getUsername(), Timestamp.from(clock.instant()))
                .update();
        stations.saveAndFlush(station);
        audit.record(AuditRecord.success("station.revoke", "station", stationId,
                "ACTIVE → REVOKED: " + c.cause() + ", " + c.documentNumber()));
        events.publishEvent(new StationRevoked(stationId, station.getHostUnitId(), c.cause(), c.documentNumber(),
                c.decidedOn()));
        return of(stationId).orElseThrow();
    }

    /**
     * A revocation decided on paper before the platform (D8), with the row it came from. The same invariants as
     * {@link #revoke}: an active station, no date in the future; {@link StationRevoked} follows, so the clawback opens
     * for what was paid (imported payments included) and open proposals are withdrawn.
     */
    @Transactional
    @PreAuthorize("hasAuthority('history:import')")
    public void imported(long stationId, RevocationCommand c, cn.quzhou.stations.shared.ImportOrigin origin) {
        Station station = stations.findById(stationId).orElseThrow(() -> new NotFoundException("station", stationId));
        if (c.decidedOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("decidedOn", "revocation.error.future");
        }
        station.revoke();
        jdbc.sql("""
                insert into station_revocation (station_id, cause, reason, document_number, decided_on, recorded_by,
                                                recorded_at, import_sha256, import_row)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(stationId, c.cause().name(), c.reason().strip(), c.documentNumber().strip(),
                        Date.valueOf(c.decidedOn()), origin.importedBy(), Timestamp.from(origin.importedAt()),
                        origin.sha256(), origin.row())
                .update();
        stations.saveAndFlush(station);
        audit.record(AuditRecord.success("station.revoke.import", "station", stationId,
                "ACTIVE → REVOKED: " + c.cause() + ", " + c.documentNumber() + ", sha256=" + origin.sha256() + ", row "
                        + origin.row()));
        events.publishEvent(new StationRevoked(stationId, station.getHostUnitId(), c.cause(), c.documentNumber(),
                c.decidedOn()));
    }

    /** The revocation of a station, for whoever may see the station. */
    @PreAuthorize("hasAuthority('station:read')")
    public Optional<RevocationView> of(long stationId) {
        return jdbc.sql("select * from station_revocation where station_id = ?").param(stationId)
                .query((rs, n) -> new RevocationView(RevocationCause.valueOf(rs.getString("cause")),
                        rs.getString("reason"), rs.getString("document_number"),
                        rs.getDate("decided_on").toLocalDate(), rs.getString("evidence_name"),
                        rs.getString("recorded_by")))
                .optional();
    }

    /**
     * Every revoked station's id, for the funding module's nightly reconciliation (a revoked station without a
     * clawback). No data scope: the caller is a system job, not a user.
     */
    public java.util.List<Long> revokedStationIds() {
        return jdbc.sql("select station_id from station_revocation order by station_id").query(Long.class).list();
    }

    public record RevocationView(RevocationCause cause, String reason, String documentNumber, LocalDate decidedOn,
                                 String evidenceName, String recordedBy) {
    }
}
