package cn.quzhou.stations.results;

import cn.quzhou.stations.evaluation.ResultVersion;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.results.DecisionNote;
import cn.quzhou.stations.results.OpenWaiting;
import cn.quzhou.stations.results.ProposalAcceptance;
import cn.quzhou.stations.results.ProposalFilter;
import cn.quzhou.stations.results.ProposalView;
import cn.quzhou.stations.results.ResultView;
import cn.quzhou.stations.results.internal.ProposalList;
import cn.quzhou.stations.results.internal.ProposalStore;
import cn.quzhou.stations.results.internal.ResultViews;
import cn.quzhou.stations.results.internal.RevocationProposal;
import cn.quzhou.stations.results.internal.RevocationProposalRepository;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.evaluation.ResultVersions;
import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.station.FeedbackView;
import cn.quzhou.stations.station.RevocationCause;
import cn.quzhou.stations.station.RevocationCommand;
import cn.quzhou.stations.station.Revocations;
import cn.quzhou.stations.station.SocietyFeedback;
import cn.quzhou.stations.station.StationEvidence;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 18(4)(5)(6) — what the system detects by itself and puts before the city CAST: two consecutive UNQUALIFIED
 * years in force (on every publication and correction), no evidence at all in the first period after recognition (a
 * daily job), and the partner society's report of poor cooperation with no intention to continue. The city CAST accepts a proposal, which records the revocation ({@link Revocations}), or dismisses it
 * with a reason. Every public method here is for a signed-in user and carries its permission; what runs without a
 * principal (the daily Art. 18(4) detection, the listeners) lives in {@code internal} where no controller can reach
 * it.
 */
@Service
@Transactional(readOnly = true)
public class RevocationProposals {

    private final ProposalStore store;
    private final RevocationProposalRepository proposals;
    private final ResultVersions results;
    private final ResultViews resultViews;
    private final Stations stations;
    private final StationEvidence evidence;
    private final SocietyFeedback feedback;
    private final Revocations revocations;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final ProposalList list;
    private final cn.quzhou.stations.organisation.Jurisdictions jurisdictions;

    RevocationProposals(ProposalList list, cn.quzhou.stations.organisation.Jurisdictions jurisdictions,
            ProposalStore store, RevocationProposalRepository proposals, ResultVersions results, ResultViews resultViews, Stations stations,
            StationEvidence evidence, SocietyFeedback feedback, Revocations revocations, Accounts accounts,
            Notifications notifications, AuditLog audit, Clock clock) {
        this.list = list;
        this.jurisdictions = jurisdictions;
        this.feedback = feedback;
        this.store = store;
        this.proposals = proposals;
        this.results = results;
        this.resultViews = resultViews;
        this.stations = stations;
        this.evidence = evidence;
        this.revocations = revocations;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every proposal, open ones first. */
    @PreAuthorize("hasAuthority('evaluation:propose')")
    public List<ProposalView> list() {
        List<ProposalStore.Row> rows = store.all();
        Map<Long, StationView> names = stations.byIds(rows.stream().map(ProposalStore.Row::stationId)
                .collect(Collectors.toSet()));
        return rows.stream().map(p -> view(p, names.get(p.stationId()), List.of(), null, null)).toList();
    }

    /** One page of the proposals, searched, filtered and sorted as asked. */
    @PreAuthorize("hasAuthority('evaluation:propose')")
    public Paged<ProposalView> page(ListRequest request, ProposalFilter filter) {
        Map<Long, String> names = jurisdictionNames();
        return list.page(filter, request.resolve(ProposalList.SORTS)).map(r -> listView(r, names));
    }

    /** Every row the same list would show, in its order, handed to {@code each} as read (the Excel export). */
    @PreAuthorize("hasAuthority('evaluation:propose')")
    public void export(ListRequest request, ProposalFilter filter, java.util.function.Consumer<ProposalView> each) {
        Map<Long, String> names = jurisdictionNames();
        list.export(filter, request.resolve(ProposalList.SORTS).everything(), r -> each.accept(listView(r, names)));
    }

    private Map<Long, String> jurisdictionNames() {
        return jurisdictions.list().stream().collect(Collectors.toMap(
                cn.quzhou.stations.organisation.JurisdictionView::id,
                cn.quzhou.stations.organisation.JurisdictionView::name));
    }

    private static ProposalView listView(ProposalList.Row row, Map<Long, String> jurisdictionNames) {
        ProposalStore.Row p = row.proposal();
        return new ProposalView(p.id(), p.stationId(), row.stationName(), row.hostUnitName(),
                jurisdictionNames.get(row.jurisdictionId()), p.cause(), p.basisYear(), p.periodFrom(), p.periodTo(),
                p.status(), p.openedAt(), p.decidedBy(), p.decidedAt(), p.decisionNote(), p.documentNumber(),
                p.decidedOn(), List.of(), null, null);
    }

    /** One proposal with its basis: the two years' results in force, or the evidence of the first period. */
    @PreAuthorize("hasAuthority('evaluation:propose')")
    public ProposalView get(long id) {
        ProposalStore.Row p = find(id);
        StationView station = stations.byIds(List.of(p.stationId())).get(p.stationId());
        if (p.cause() == RevocationCause.TWO_UNQUALIFIED_YEARS) {
            List<ResultVersion> basis = Stream.of(p.basisYear() - 1, p.basisYear())
                    .flatMap(y -> results.inForce(y, p.stationId()).stream()).toList();
            return view(p, station, resultViews.of(basis), null, null);
        }
        if (p.cause() == RevocationCause.SOCIETY_WITHDRAWS) {
            return view(p, station, List.of(), null, feedback.byId(p.feedbackId()).orElse(null));
        }
        return view(p, station, List.of(), evidence.countOccurred(p.stationId(), p.periodFrom(), p.periodTo()), null);
    }

    /** Accepts: the station is revoked for the proposal's cause (it becomes read-only; StationRevoked follows). */
    @Transactional
    @PreAuthorize("hasAuthority('evaluation:propose')")
    public ProposalView accept(long id, ProposalAcceptance a, String evidenceName, InputStream evidenceFile) {
        ProposalStore.Row p = find(id);
        String me = PlatformUser.current().getUsername();
        RevocationProposal proposal = locked(id);
        proposal.accept(me, clock.instant(), a.reason().strip(), a.documentNumber().strip(), a.decidedOn());
        proposals.saveAndFlush(proposal);
        revocations.revoke(p.stationId(), new RevocationCommand(p.cause(), a.reason(), a.documentNumber(),
                a.decidedOn()), evidenceName, evidenceFile);
        audit.record(AuditRecord.success("revocation.proposal.accept", "station", p.stationId(),
                "#" + id + " " + p.cause() + ", " + a.documentNumber().strip()));
        notifications.notify(accounts.contactsOfUnit(p.hostUnitId()).stream().map(Contact::accountId).toList(),
                "results.notify.revoked", List.of(name(p), a.documentNumber().strip()),
                "/stations/" + p.stationId());
        return get(id);
    }

    @Transactional
    @PreAuthorize("hasAuthority('evaluation:propose')")
    public ProposalView dismiss(long id, DecisionNote note) {
        ProposalStore.Row p = find(id);
        RevocationProposal proposal = locked(id);
        proposal.dismiss(PlatformUser.current().getUsername(), clock.instant(), note.note().strip());
        proposals.saveAndFlush(proposal);
        audit.record(AuditRecord.success("revocation.proposal.dismiss", "station", p.stationId(),
                "#" + id + " " + p.cause() + ": " + note.note().strip()));
        return get(id);
    }

    /** Open proposals, for the city CAST's to-dos. */
    @PreAuthorize("hasAuthority('evaluation:propose')")
    public long countOpen() {
        return store.countOpen();
    }

    /** The open proposals as a 待办 line: how many, and the day the oldest was opened. */
    @PreAuthorize("hasAuthority('evaluation:propose')")
    public OpenWaiting openWaiting() {
        return store.openWaiting();
    }

    private RevocationProposal locked(long id) {
        return proposals.lockById(id).orElseThrow(() -> new NotFoundException("revocation proposal", id));
    }

    private ProposalStore.Row find(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("revocation proposal", id));
    }

    private String name(ProposalStore.Row p) {
        StationView s = stations.byIds(List.of(p.stationId())).get(p.stationId());
        return s == null ? "#" + p.stationId() : s.name();
    }

    private static ProposalView view(ProposalStore.Row p, StationView s, List<ResultView> basis, Long evidenceCount,
            FeedbackView basisFeedback) {
        return new ProposalView(p.id(), p.stationId(), s == null ? "#" + p.stationId() : s.name(),
                s == null ? null : s.hostUnitName(), s == null ? null : s.jurisdictionName(), p.cause(), p.basisYear(),
                p.periodFrom(), p.periodTo(), p.status(), p.openedAt(), p.decidedBy(), p.decidedAt(), p.decisionNote(),
                p.documentNumber(), p.decidedOn(), basis, evidenceCount, basisFeedback);
    }
}
