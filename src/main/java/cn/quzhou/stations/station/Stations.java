package cn.quzhou.stations.station;

import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.JurisdictionView;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.shared.OpenEntry;
import cn.quzhou.stations.station.internal.Station;
import cn.quzhou.stations.station.internal.StationList;
import cn.quzhou.stations.station.internal.StationRepository;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of recognised stations, read through the signed-in user's data scope. */
@Service
@Transactional(readOnly = true)
public class Stations {

    private final StationRepository stations;
    private final HostUnits units;
    private final Societies societies;
    private final Jurisdictions jurisdictions;
    private final java.time.Clock clock;
    private final StationList list;

    Stations(StationRepository stations, HostUnits units, Societies societies, Jurisdictions jurisdictions,
             java.time.Clock clock, StationList list) {
        this.clock = clock;
        this.list = list;
        this.stations = stations;
        this.units = units;
        this.societies = societies;
        this.jurisdictions = jurisdictions;
    }

    @PreAuthorize("hasAuthority('station:read')")
    public List<StationView> list() {
        Map<Long, String> names = jurisdictions.list().stream()
                .collect(Collectors.toMap(JurisdictionView::id, JurisdictionView::name));
        return views(stations.findAll(within(PlatformUser.current().scope()), Sort.by("recognisedOn", "id")), names);
    }

    /** One page of the registry as the signed-in user may see it, searched, filtered and sorted as asked. */
    @PreAuthorize("hasAuthority('station:read')")
    public Paged<StationRow> page(ListRequest request, StationFilter filter) {
        return page(request, filter, jurisdictions.list());
    }

    /**
     * The registry page: one page of the list and the jurisdictions its filter offers, read once for both (the
     * names on the rows and the filter's choices).
     */
    @PreAuthorize("hasAuthority('station:read')")
    public Listed<StationRow> listPage(ListRequest request, StationFilter filter) {
        List<JurisdictionView> all = jurisdictions.list();
        return new Listed<>(page(request, filter, all), all);
    }

    private Paged<StationRow> page(ListRequest request, StationFilter filter, List<JurisdictionView> all) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        Map<Long, String> names = names(all);
        return list.page(PlatformUser.current().scope(), filter, request.resolve(StationList.SORTS), today)
                .map(r -> row(r, today, names));
    }

    /** A page of a list with the jurisdictions its filter offers. */
    public record Listed<T>(Paged<T> list, List<JurisdictionView> jurisdictions) {
    }

    /** Every row the same list would show, in its order, handed to {@code each} as read (the Excel export). */
    @PreAuthorize("hasAuthority('station:read')")
    public void export(ListRequest request, StationFilter filter, java.util.function.Consumer<StationRow> each) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        Map<Long, String> names = jurisdictionNames();
        list.export(PlatformUser.current().scope(), filter, request.resolve(StationList.SORTS).everything(), today,
                r -> each.accept(row(r, today, names)));
    }

    /** One page of the public directory: active stations, no personal data, for anyone. */
    public Paged<DirectoryEntry> directory(ListRequest request, StationFilter filter) {
        return directoryPage(request, filter).list();
    }

    /** The public directory's page with the jurisdictions its filter offers, read once for both. */
    @OpenEntry(value = OpenEntry.Audience.PUBLIC, why = "the public directory of stations")
    public Listed<DirectoryEntry> directoryPage(ListRequest request, StationFilter filter) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        List<JurisdictionView> all = jurisdictions.list();
        Map<Long, String> names = names(all);
        return new Listed<>(list.directory(filter, request.resolve(StationList.SORTS), today)
                .map(r -> new DirectoryEntry(r.name(), r.level(), r.hostUnitName(), r.societyName(),
                        names.get(r.jurisdictionId()), r.recognisedOn(), r.documentNumber())), all);
    }

    private static StationRow row(StationList.Row r, java.time.LocalDate today, Map<Long, String> names) {
        return new StationRow(r.id(), r.name(), r.level(), r.hostUnitName(), r.jurisdictionId(),
                names.get(r.jurisdictionId()), r.societyName(), r.documentNumber(), r.recognisedOn(),
                r.agreementEndsOn(), status(r.status(), r.agreementEndsOn(), today));
    }

    @PreAuthorize("hasAuthority('station:read')")
    public StationView get(long id) {
        Station s = stations.findOne(within(PlatformUser.current().scope()).and((r, q, cb) -> cb.equal(r.get("id"), id)))
                .orElseThrow(() -> new NotFoundException("station", id));
        return views(List.of(s), Map.of(s.getJurisdictionId(), jurisdictions.get(s.getJurisdictionId()).name())).get(0);
    }

    /** The names of the stations among {@code ids}, in one statement (for lists that show a station's name only). */
    public Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : list.namesOf(ids);
    }

    /**
     * For system jobs and for lists whose data scope the caller has already applied, no principal: the stations
     * among {@code ids} by id, names looked up in bulk. Not to be exposed on a web endpoint as such.
     */
    public Map<Long, StationView> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return views(stations.findAllById(ids), jurisdictionNames()).stream()
                .collect(Collectors.toMap(StationView::id, v -> v));
    }

    /**
     * For system jobs, no principal (Art. 18(4) detection): the active stations recognised on or before {@code date}.
     * Not to be exposed on a web endpoint.
     */
    public List<StationView> activeRecognisedOnOrBefore(java.time.LocalDate date) {
        return views(stations.findAll((r, q, cb) -> cb.and(cb.equal(r.get("status"), StationStatus.ACTIVE),
                cb.lessThanOrEqualTo(r.<java.time.LocalDate>get("recognisedOn"), date)), Sort.by("recognisedOn", "id")),
                jurisdictionNames());
    }

    private Map<Long, String> jurisdictionNames() {
        return names(jurisdictions.list());
    }

    static Map<Long, String> names(List<JurisdictionView> all) {
        return all.stream().collect(Collectors.toMap(JurisdictionView::id, JurisdictionView::name));
    }

    /** A line of the public directory of recognised stations. */
    public record DirectoryEntry(String name, cn.quzhou.stations.organisation.SocietyLevel level, String hostUnitName,
                                 String societyName, String jurisdictionName, java.time.LocalDate recognisedOn,
                                 String documentNumber) {
    }

    private static Specification<Station> within(DataScope scope) {
        return scope.specification("jurisdictionId", "hostUnitId");
    }

    /** Views of many stations with their unit and society names looked up once, not per row. */
    private List<StationView> views(List<Station> list, Map<Long, String> jurisdictionNames) {
        Map<Long, String> unitNames = units.namesOf(list.stream().map(Station::getHostUnitId).collect(Collectors.toSet()));
        Map<Long, String> societyNames = societies.namesOf(list.stream().map(Station::getSocietyId).collect(Collectors.toSet()));
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return list.stream().map(s -> view(s, status(s, today), jurisdictionNames, unitNames.get(s.getHostUnitId()),
                societyNames.get(s.getSocietyId()))).toList();
    }

    /**
     * EXPIRED is derived, not stored: an active station whose agreement period has ended. It is never a transition of
     * its own (no job to miss, nothing to undo when an agreement is extended), and the stored status stays ACTIVE or
     * REVOKED.
     */
    static StationStatus status(Station s, java.time.LocalDate today) {
        return status(s.getStatus(), s.getAgreementEndsOn(), today);
    }

    static StationStatus status(StationStatus stored, java.time.LocalDate endsOn, java.time.LocalDate today) {
        return stored == StationStatus.ACTIVE && endsOn != null && endsOn.isBefore(today) ? StationStatus.EXPIRED
                : stored;
    }

    /** The responsible person's phone in full for the station's own unit only; masked (138****1234) for everyone else. */
    private static String phoneFor(Station s) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        boolean own = auth != null && auth.getPrincipal() instanceof cn.quzhou.stations.organisation.PlatformUser u
                && u.hostUnitId() != null && u.hostUnitId() == s.getHostUnitId();
        return own ? s.getResponsiblePhone() : cn.quzhou.stations.shared.Masks.mask(s.getResponsiblePhone());
    }

    private static StationView view(Station s, StationStatus status, Map<Long, String> jurisdictionNames, String unit,
                                    String society) {
        return new StationView(s.getId(), s.getApplicationId(), s.getName(), s.getLevel(), s.getHostUnitId(), unit,
                s.getJurisdictionId(), jurisdictionNames.get(s.getJurisdictionId()), s.getSocietyId(), society, s.getSocietyBranch(),
                s.getAgreementSignedOn(), s.getAgreementEndsOn(), s.getResponsibleName(), s.getResponsibleTitle(),
                phoneFor(s), s.getDocumentNumber(), s.getRecognisedOn(), status,
                s.getExpertTeam().stream().map(m -> new StationView.TeamMember(m.getName(), m.getTitle(), m.getField(),
                        m.getOrganisation(), m.getPlannedDays())).toList());
    }
}
