package cn.quzhou.stations.station;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.documents.FileStore;
import cn.quzhou.stations.documents.StoredFile;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.station.internal.EvidenceList;
import cn.quzhou.stations.station.internal.EvidenceStore;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 佐证材料: the host unit records, as they happen, the events the indicator table scores. A date
 * outside the year, a negative attendance, a missing or unknown level are refused at their field.
 */
@Service
@Transactional(readOnly = true)
public class StationEvidence {

    private final Stations stations;
    private final EvidenceStore store;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;
    private final EvidenceYearLocks locks;
    private final EvidenceList list;
    private final EvidenceItems items;

    StationEvidence(Stations stations, EvidenceStore store, FileStore files, AuditLog audit, Clock clock,
                    EvidenceYearLocks locks, EvidenceList list, EvidenceItems items) {
        this.list = list;
        this.items = items;
        this.locks = locks;
        this.stations = stations;
        this.store = store;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('station:read')")
    public List<EvidenceView> of(long stationId, Integer year) {
        stations.get(stationId);
        return store.of(stationId, year);
    }

    /**
     * One page of a station's evidence for whoever may see the station, newest first unless sorted otherwise, read
     * after the cursor {@code after} (keyset: the list grows without bound).
     */
    @PreAuthorize("hasAuthority('station:read')")
    public Paged<EvidenceView> page(long stationId, ListRequest request, EvidenceFilter filter) {
        stations.get(stationId);
        return list.page(stationId, filter, itemKinds(filter), request.resolve(EvidenceList.SORTS));
    }

    /** Every piece of evidence the same list would show, in its order, handed to {@code each} (the Excel export). */
    @PreAuthorize("hasAuthority('station:read')")
    public void export(long stationId, ListRequest request, EvidenceFilter filter,
                       java.util.function.Consumer<EvidenceView> each) {
        stations.get(stationId);
        list.export(stationId, filter, itemKinds(filter), request.resolve(EvidenceList.SORTS).everything(), each);
    }

    /** The indicator item each kind counts toward under the measures governing {@code year} (policy data). */
    @PreAuthorize("hasAuthority('station:read')")
    public Map<EvidenceKind, String> items(int year) {
        return items.of(year);
    }

    /** The kinds of the filter's item under the measures of its year (this year's when it names none). */
    private List<EvidenceKind> itemKinds(EvidenceFilter filter) {
        return filter.item() == null || filter.item().isBlank() ? null
                : filter.kindsOfItem(items.of(filter.year() != null ? filter.year() : LocalDate.now(clock).getYear()));
    }

    /** Records one event of the signed-in unit's own active station; {@code file} may be null. */
    @Transactional
    @PreAuthorize("hasAuthority('station:evidence')")
    public EvidenceView record(long stationId, EvidenceCommand c, String fileName, InputStream file) {
        StationView station = ownActive(stationId);
        check(c);
        if (station.status() == StationStatus.EXPIRED && c.occurredOn().isAfter(station.agreementEndsOn())) {
            throw new BusinessRuleException("occurredOn", "evidence.error.afterAgreement", station.agreementEndsOn());
        }
        requireOpen(stationId, c.year());
        StoredFile stored = file == null ? null : files.store(fileName, file, FileStore.ANY);
        long id = store.add(station.id(), c, stored == null ? null : stored.id(), stored == null ? null : stored.name(),
                PlatformUser.current().getUsername(), clock.instant());
        audit.record(AuditRecord.success("evidence.record", "station", stationId,
                c.kind() + " " + c.occurredOn() + " #" + id));
        return store.find(stationId, id).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasAuthority('station:evidence')")
    public void withdraw(long stationId, long evidenceId) {
        ownActive(stationId);
        store.find(stationId, evidenceId).ifPresent(e -> requireOpen(stationId, e.year()));
        if (!store.withdraw(stationId, evidenceId, clock.instant())) {
            throw new NotFoundException("evidence", evidenceId);
        }
        audit.record(AuditRecord.success("evidence.withdraw", "station", stationId, "#" + evidenceId));
    }

    /** The attachment of one piece of evidence, for whoever may see the station. */
    @PreAuthorize("hasAuthority('station:read')")
    public Download file(long stationId, long evidenceId) {
        stations.get(stationId);
        UUID id = store.fileOf(stationId, evidenceId).orElseThrow(() -> new NotFoundException("evidence file", evidenceId));
        return new Download(files.describe(id), files.open(id));
    }

    /**
     * For system jobs, no principal (detection of Art. 18 item 4): how many pieces of evidence, not withdrawn,
     * occurred from {@code from} up to but excluding {@code toExclusive}. Not to be exposed on a web endpoint.
     */
    public long countOccurred(long stationId, LocalDate from, LocalDate toExclusive) {
        return store.countOccurred(stationId, from, toExclusive);
    }

    /** A file and its open content, to be streamed and closed by the caller. */
    public record Download(StoredFile file, InputStream content) {
    }

    private StationView ownActive(long stationId) {
        StationView station = stations.get(stationId);
        Long unit = PlatformUser.current().hostUnitId();
        if (unit == null || unit != station.hostUnitId()) {
            throw new NotFoundException("station", stationId);
        }
        // an expired station still records what happened within its agreement period, for that year's evaluation
        if (station.status() == StationStatus.REVOKED) {
            throw new BusinessRuleException(null, "evidence.error.notActive");
        }
        return station;
    }

    /** A year whose self-report is submitted for evaluation is frozen (see {@link EvidenceYearLocks}). */
    private void requireOpen(long stationId, int year) {
        if (locks.frozen(stationId, year)) {
            throw new BusinessRuleException("year", "evidence.error.frozen", year);
        }
    }

    private void check(EvidenceCommand c) {
        if (c.occurredOn().getYear() != c.year()) {
            throw new BusinessRuleException("occurredOn", "evidence.error.outsideYear", c.year());
        }
        if (c.occurredOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("occurredOn", "evidence.error.future");
        }
        if (c.kind().needs(EvidenceKind.Needs.ATTENDANCE) && c.attendance() == null) {
            throw new BusinessRuleException("attendance", "evidence.error.attendanceRequired");
        }
        if (c.kind().needs(EvidenceKind.Needs.DAYS) && c.days() == null) {
            throw new BusinessRuleException("days", "evidence.error.daysRequired");
        }
        boolean award = c.kind().needs(EvidenceKind.Needs.AWARD_LEVEL);
        boolean media = c.kind().needs(EvidenceKind.Needs.MEDIA_LEVEL);
        if ((award || media) && (c.level() == null || c.level().forAwards() != award)) {
            throw new BusinessRuleException("level", "evidence.error.level");
        }
        if (!award && !media && c.level() != null) {
            throw new BusinessRuleException("level", "evidence.error.levelNotApplicable");
        }
    }
}
