package cn.quzhou.stations.station;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.JurisdictionView;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.station.internal.FeedbackStore;
import cn.quzhou.stations.station.internal.StationList;
import cn.quzhou.stations.station.internal.Station;
import cn.quzhou.stations.station.internal.StationRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 18(6) — the partner society's contact sees the stations of its society and records feedback on cooperation.
 * Feedback is append-only; a later one supersedes. Poor cooperation with no intention of further cooperation
 * publishes {@link SocietyWithdrawalReported}, on which the city CAST gets a revocation proposal. Staff and the host
 * unit read the feedback on the station page, within their data scope.
 */
@Service
@Transactional(readOnly = true)
public class SocietyFeedback {

    private final StationRepository stations;
    private final Stations registry;
    private final FeedbackStore store;
    private final HostUnits units;
    private final Societies societies;
    private final Jurisdictions jurisdictions;
    private final Accounts accounts;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final StationList list;

    SocietyFeedback(StationRepository stations, Stations registry, FeedbackStore store, HostUnits units,
                    Societies societies, Jurisdictions jurisdictions, Accounts accounts, Notifications notifications,
                    ApplicationEventPublisher events, AuditLog audit, Clock clock, StationList list) {
        this.list = list;
        this.stations = stations;
        this.registry = registry;
        this.store = store;
        this.units = units;
        this.societies = societies;
        this.jurisdictions = jurisdictions;
        this.accounts = accounts;
        this.notifications = notifications;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One page of the stations of the signed-in contact's society, searched, filtered and sorted as the registry is
     * (the same SQL, with the society as the data scope), and the jurisdictions the filter offers.
     */
    @PreAuthorize("hasAuthority('station:feedback')")
    public Stations.Listed<SocietyStationView> page(ListRequest request, StationFilter filter) {
        LocalDate today = LocalDate.now(clock);
        List<JurisdictionView> all = jurisdictions.list();
        Map<Long, String> names = Stations.names(all);
        return new Stations.Listed<>(list.ofSociety(PlatformUser.current().scope(), filter,
                request.resolve(StationList.SORTS), today).map(r -> row(r, names, today)), all);
    }

    /** Every station the same list would show, in its order (the Excel export). */
    @PreAuthorize("hasAuthority('station:feedback')")
    public void export(ListRequest request, StationFilter filter, java.util.function.Consumer<SocietyStationView> each) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> names = Stations.names(jurisdictions.list());
        list.ofSocietyExport(PlatformUser.current().scope(), filter, request.resolve(StationList.SORTS).everything(),
                today, r -> each.accept(row(r, names, today)));
    }

    private static SocietyStationView row(StationList.Row r, Map<Long, String> names, LocalDate today) {
        return new SocietyStationView(r.id(), r.name(), r.level(), r.hostUnitName(), names.get(r.jurisdictionId()),
                r.societyName(), r.societyBranch(), r.agreementSignedOn(), r.agreementEndsOn(), r.documentNumber(),
                r.recognisedOn(), Stations.status(r.status(), r.agreementEndsOn(), today), Map.of(), List.of());
    }

    /** One station of the contact's society with its evidence per year and the society's feedback; else 404. */
    @PreAuthorize("hasAuthority('station:feedback')")
    public SocietyStationView station(long id) {
        return views(List.of(mine(id)), true).get(0);
    }

    /** Records feedback on an active station of the contact's society. */
    @Transactional
    @PreAuthorize("hasAuthority('station:feedback')")
    public FeedbackView record(long stationId, FeedbackCommand c) {
        Station s = mine(stationId);
        LocalDate today = LocalDate.now(clock);
        if (c.givenOn().isAfter(today)) {
            throw new BusinessRuleException("givenOn", "feedback.error.future");
        }
        if (Stations.status(s, today) != StationStatus.ACTIVE) {
            throw new BusinessRuleException(null, "feedback.error.notActive");
        }
        long id = store.add(s.getId(), s.getSocietyId(), c, PlatformUser.current().getUsername(), clock.instant());
        audit.record(AuditRecord.success("station.feedback", "station", s.getId(),
                "#" + id + " " + c.rating() + (c.noFurtherCooperation() ? ", no further cooperation" : "")));
        notify(s, c);
        if (c.reportsWithdrawal()) {
            events.publishEvent(new SocietyWithdrawalReported(s.getId(), id, s.getHostUnitId(), s.getJurisdictionId(),
                    s.getSocietyId(), c.givenOn()));
        }
        return view(store.find(id).orElseThrow(), s.getName());
    }

    /** A station's feedback, newest first, for whoever may see the station (staff in scope, the host unit). */
    @PreAuthorize("hasAuthority('station:read')")
    public List<FeedbackView> of(long stationId) {
        StationView s = registry.get(stationId);
        return views(store.of(stationId), s.name());
    }

    /**
     * For the basis of a revocation proposal, whose caller has checked its own permission: one feedback by id.
     * Not to be exposed on a web endpoint as such.
     */
    public Optional<FeedbackView> byId(long feedbackId) {
        return store.find(feedbackId).map(f -> view(f, stations.findById(f.stationId()).map(Station::getName)
                .orElse("#" + f.stationId())));
    }

    private void notify(Station s, FeedbackCommand c) {
        List<Long> to = Stream.concat(accounts.contactsOfUnit(s.getHostUnitId()).stream(),
                accounts.contactsOf(Role.CITY_CAST, null).stream()).map(Contact::accountId).distinct().toList();
        notifications.notify(to, "feedback.notify.recorded", List.of(s.getName()), "/stations/" + s.getId());
    }

    private Station mine(long id) {
        return stations.findOne(ofMySociety().and((r, q, cb) -> cb.equal(r.get("id"), id)))
                .orElseThrow(() -> new NotFoundException("station", id));
    }

    /** The society scope from the principal; any other scope selects nothing here. */
    private static Specification<Station> ofMySociety() {
        DataScope scope = PlatformUser.current().scope();
        if (!(scope instanceof DataScope.OfSociety)) {
            return (r, q, cb) -> cb.disjunction();
        }
        return scope.specification("jurisdictionId", "hostUnitId", "societyId");
    }

    private List<SocietyStationView> views(List<Station> list, boolean detail) {
        Map<Long, String> unitNames = units.namesOf(list.stream().map(Station::getHostUnitId).collect(Collectors.toSet()));
        Map<Long, String> societyNames = societies.namesOf(list.stream().map(Station::getSocietyId)
                .collect(Collectors.toSet()));
        Map<Long, String> jurisdictionNames = jurisdictions.list().stream()
                .collect(Collectors.toMap(JurisdictionView::id, JurisdictionView::name));
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(s -> new SocietyStationView(s.getId(), s.getName(), s.getLevel(),
                unitNames.get(s.getHostUnitId()), jurisdictionNames.get(s.getJurisdictionId()),
                societyNames.get(s.getSocietyId()), s.getSocietyBranch(), s.getAgreementSignedOn(),
                s.getAgreementEndsOn(), s.getDocumentNumber(), s.getRecognisedOn(), Stations.status(s, today),
                detail ? store.evidencePerYear(s.getId()) : Map.of(),
                detail ? views(store.of(s.getId()), s.getName()) : List.of())).toList();
    }

    private List<FeedbackView> views(List<FeedbackStore.Row> rows, String stationName) {
        return rows.stream().map(f -> view(f, stationName)).toList();
    }

    private FeedbackView view(FeedbackStore.Row f, String stationName) {
        String society = societies.namesOf(List.of(f.societyId())).get(f.societyId());
        return new FeedbackView(f.id(), f.stationId(), stationName, f.societyId(), society, f.givenOn(), f.rating(),
                f.text(), f.noFurtherCooperation(), f.recordedBy(), f.recordedAt(), f.inForce());
    }
}
