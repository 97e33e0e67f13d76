package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.shared.DatedPolicy;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.documents.DocumentNumbers;
import cn.quzhou.stations.evaluation.internal.Actor;
import cn.quzhou.stations.evaluation.internal.EvaluationStore;
import cn.quzhou.stations.evaluation.internal.FrozenSheets;
import cn.quzhou.stations.evaluation.internal.IndicatorPolicies;
import cn.quzhou.stations.evaluation.internal.ReportList;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.evaluation.internal.Round;
import cn.quzhou.stations.evaluation.internal.RoundRepository;
import cn.quzhou.stations.evaluation.internal.RouteSupport;
import cn.quzhou.stations.evaluation.internal.SelfReport;
import cn.quzhou.stations.evaluation.internal.SelfReportRepository;
import cn.quzhou.stations.evaluation.scoring.Grading;
import cn.quzhou.stations.evaluation.scoring.GradingResult;
import cn.quzhou.stations.evaluation.scoring.Outcome;
import cn.quzhou.stations.evaluation.scoring.Participant;
import cn.quzhou.stations.evaluation.scoring.PolicyVersion;
import cn.quzhou.stations.evaluation.scoring.ScoreSheet;
import cn.quzhou.stations.evaluation.scoring.TieDecision;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.JurisdictionKind;
import cn.quzhou.stations.organisation.JurisdictionView;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.station.StationStatus;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年度绩效考核 (Art. 13, 16(3)-(4), 17): the city CAST opens a year (participants fixed then), previews the grading,
 * decides a tie, records the party-group meeting's decision and reports it to the city talent office, which approves
 * or returns it; the city CAST then publishes: a document number, version 1 of every participant's result and
 * {@link EvaluationResultPublished} for each, in one transaction. A published year is read-only.
 */
@Service
@Transactional
public class EvaluationRounds {

    private final RoundRepository rounds;
    private final ReportList reportList;
    private final SelfReportRepository reports;
    private final RouteSupport route;
    private final FrozenSheets frozen;
    private final EvaluationStore store;
    private final ResultVersions versions;
    private final IndicatorPolicies policies;
    private final Stations stations;
    private final Jurisdictions jurisdictions;
    private final HostUnits units;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final DocumentNumbers numbers;

    EvaluationRounds(RoundRepository rounds, SelfReportRepository reports, RouteSupport route, FrozenSheets frozen,
                     EvaluationStore store, ResultVersions versions, IndicatorPolicies policies, Stations stations,
                     Jurisdictions jurisdictions, HostUnits units, Accounts accounts, ApplicationEventPublisher events,
                     AuditLog audit, Clock clock, DocumentNumbers numbers, ReportList reportList) {
        this.reportList = reportList;
        this.rounds = rounds;
        this.reports = reports;
        this.route = route;
        this.frozen = frozen;
        this.store = store;
        this.versions = versions;
        this.policies = policies;
        this.stations = stations;
        this.jurisdictions = jurisdictions;
        this.units = units;
        this.accounts = accounts;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.numbers = numbers;
    }

    /**
     * Opens {@code year}: participants are the stations not revoked, recognised on or before the cut-off whose agreement
     * period overlaps the year; each one's n-th evaluation is 1 + the earlier rounds it was due in.
     */
    @PreAuthorize("hasAuthority('evaluation:manage')")
    public RoundView open(OpenRoundCommand c) {
        if (rounds.findByYear(c.year()).isPresent()) {
            throw new BusinessRuleException("year", "evaluation.error.yearOpen", c.year());
        }
        Actor cast = route.actor();
        Round round = route.save(new Round(cast, c.year(), c.reportDeadline(), c.recognisedBy(), route.today(),
                PlatformUser.current().getUsername(), clock.instant()));
        LocalDate first = LocalDate.of(c.year(), 1, 1);
        LocalDate last = DatedPolicy.governingDay(c.year());
        Map<Long, JurisdictionView> kinds = jurisdictions.list().stream()
                .collect(Collectors.toMap(JurisdictionView::id, j -> j));
        List<StationView> due = stations.list().stream()
                // an EXPIRED station is still due for the years its agreement covered; a revoked one is not
                .filter(s -> s.status() != StationStatus.REVOKED)
                .filter(s -> !s.recognisedOn().isAfter(round.getRecognisedBy()))
                .filter(s -> !s.agreementSignedOn().isAfter(last) && !s.agreementEndsOn().isBefore(first))
                .toList();
        requireNoLaterYear(c.year(), due);
        for (StationView s : due) {
            boolean cityDirect = kinds.get(s.jurisdictionId()).kind() == JurisdictionKind.CITY_DIRECT;
            // imported history (D8) counts: a station with five imported years is in its sixth
            int stationYear = Math.max((int) reports.countEarlier(s.id(), c.year()),
                    versions.highestStationYearBefore(s.id(), c.year())) + 1;
            reports.save(new SelfReport(round.getId(), c.year(), s.id(), s.name(), s.hostUnitId(), s.jurisdictionId(),
                    s.societyId(), s.level(), cityDirect, stationYear));
            route.notify(accounts.contactsOfUnit(s.hostUnitId()), "evaluation.notify.opened",
                    List.of(String.valueOf(c.year()), s.name(), c.reportDeadline().toString()), "/evaluations/" + c.year());
        }
        reports.flush();
        audit.record(AuditRecord.success("evaluation.open", "evaluation_round", round.getId(),
                c.year() + ": deadline " + c.reportDeadline() + ", recognised by " + round.getRecognisedBy() + ", "
                        + due.size() + " stations"));
        return RouteSupport.view(round);
    }

    /** Every round (a year is not unit data); the deadline sweep runs on each. */
    @PreAuthorize("hasAuthority('evaluation:read')")
    public List<RoundView> list() {
        return rounds.findAllByOrderByYearDesc().stream().peek(route::sweep).map(EvaluationRounds::shown).toList();
    }

    @PreAuthorize("hasAuthority('evaluation:read')")
    public RoundView get(int year) {
        return shown(route.round(year));
    }

    /**
     * Before publication the tie choice and its reason and the talent office's opinions are the city offices'
     * deliberation: a unit or county sees the round's dates and steps, not those.
     */
    private static RoundView shown(Round round) {
        RoundView v = RouteSupport.view(round);
        PlatformUser me = PlatformUser.current();
        if (v.status() == RoundStatus.PUBLISHED || me.can("evaluation:manage") || me.can("evaluation:approve")) {
            return v;
        }
        return new RoundView(v.id(), v.year(), v.reportDeadline(), v.recognisedBy(), v.status(), List.of(), null,
                v.decidedOn(), v.meetingReference(), v.documentNumber(), v.publishedOn(), v.version(),
                v.opinions().stream().filter(o -> o.decision() != RouteDecision.APPROVE
                        && o.decision() != RouteDecision.RETURN).toList());
    }

    /**
     * A station's n-th evaluation counts its earlier rounds: opening a year before one it already takes part in would
     * give two of its years the same n (and the funding's one instalment per station year would refuse publication).
     */
    private void requireNoLaterYear(int year, List<StationView> due) {
        if (due.isEmpty()) {
            return;
        }
        List<Long> later = reports.stationsWithLaterYear(due.stream().map(StationView::id).toList(), year);
        if (!later.isEmpty()) {
            String names = due.stream().filter(s -> later.contains(s.id())).map(StationView::name)
                    .collect(Collectors.joining("、"));
            throw new BusinessRuleException("year", "evaluation.error.laterYearOpen", year, names);
        }
    }

    /** The participants the signed-in user may see, with their status and (once submitted) current total. */
    @PreAuthorize("hasAuthority('evaluation:read')")
    public List<ParticipantLine> participants(int year) {
        route.round(year);
        Map<Long, String> names = jurisdictions.list().stream()
                .collect(Collectors.toMap(JurisdictionView::id, JurisdictionView::name));
        List<SelfReport> visible = route.visibleOfYear(year);
        Map<Long, ScoreSheet> sheets = sheetsOf(visible);
        return visible.stream().map(r -> new ParticipantLine(r.getId(), r.getStationId(),
                r.getStationName(), names.get(r.getJurisdictionId()), r.getStationYear(), r.getStatus(),
                r.getStatus().submitted() ? sheets.get(r.getId()).total() : null, r.getVersion())).toList();
    }

    /**
     * One page of the participants the signed-in user may see, searched and filtered; the current totals are
     * computed for the rows of the page only (at most a page of frozen sheets, read in one statement).
     */
    @PreAuthorize("hasAuthority('evaluation:read')")
    public Paged<ParticipantLine> participantsPage(int year, ListRequest request, ReportFilter filter) {
        route.round(year);
        Map<Long, String> names = jurisdictions.list().stream()
                .collect(Collectors.toMap(JurisdictionView::id, JurisdictionView::name));
        Paged<ReportLine> page = reportList.ofYear(PlatformUser.current().scope().on("r"), year, filter,
                request.resolve(ReportList.SORTS));
        List<SelfReport> submitted = reports.findAllById(page.items().stream().filter(r -> r.status().submitted())
                .map(ReportLine::id).toList());
        Map<Long, ScoreSheet> sheets = submitted.isEmpty() ? Map.of() : frozen.of(submitted);
        return page.map(r -> new ParticipantLine(r.id(), r.stationId(), r.stationName(),
                names.get(r.jurisdictionId()), r.stationYear(), r.status(),
                r.status().submitted() ? sheets.get(r.id()).total() : null, r.version()));
    }

    /** What-if: the grading on the current totals, the tie and its decision if recorded, what still blocks. */
    @PreAuthorize("hasAuthority('evaluation:manage') or hasAuthority('evaluation:approve')")
    public PreviewView preview(int year) {
        Round round = route.round(year);
        List<SelfReport> all = reports.findByYearOrderByStationNameAscIdAsc(year);
        GradingResult grading = grading(round, all);
        Map<Long, String> names = new LinkedHashMap<>();
        all.forEach(r -> names.put(r.getStationId(), r.getStationName()));
        List<String> blocking = all.stream().filter(r -> r.getStatus() != SelfReportStatus.VERIFIED
                && r.getStatus() != SelfReportStatus.NOT_SUBMITTED).map(SelfReport::getStationName).toList();
        return new PreviewView(RouteSupport.view(round), grading, names, blocking);
    }

    /** The city CAST decides a tie across the EXCELLENT line, with its reason; checked by the grading itself. */
    @PreAuthorize("hasAuthority('evaluation:manage')")
    public PreviewView decideTie(int year, TieCommand c) {
        Round round = route.round(year);
        round.requireOpen();
        if (c.reason() != null && c.reason().strip().length() > 400) {
            throw new BusinessRuleException("reason", "evaluation.error.reasonTooLong", 400);
        }
        GradingResult open = undecided(round, reports.findByYearOrderByStationNameAscIdAsc(year));
        open.decideTie(new TieDecision(c.chosen(), c.reason()));
        round.decideTie(route.actor(), c.chosen(), c.reason());
        route.save(round);
        audit.record(AuditRecord.success("evaluation.tie", "evaluation_round", round.getId(),
                year + ": tie at " + open.tie().score() + " among " + open.tie().stations() + ", chosen " + c.chosen()
                        + ": " + c.reason().strip()));
        return preview(year);
    }

    /** The party-group meeting's decision: only when every submitted report is verified and no tie is open. */
    @PreAuthorize("hasAuthority('evaluation:manage')")
    public RoundView recordDecision(int year, MeetingCommand c) {
        Round round = route.round(year);
        route.requireVersion(round, c.version());
        PreviewView preview = preview(year);
        if (!preview.blocking().isEmpty()) {
            throw ConflictException.of("evaluation.error.notAllVerified", String.join("、", preview.blocking()));
        }
        if (preview.tieOpen()) {
            throw ConflictException.of("evaluation.error.tieOpen");
        }
        if (c.decidedOn().isAfter(route.today())) {
            throw new BusinessRuleException("decidedOn", "evaluation.error.future");
        }
        round.recordDecision(route.actor(), c.decidedOn(), c.meetingReference(), clock.instant());
        route.save(round);
        audit.record(AuditRecord.success("evaluation.decide", "evaluation_round", round.getId(),
                year + ": " + c.meetingReference() + " " + c.decidedOn()));
        return RouteSupport.view(round);
    }

    @PreAuthorize("hasAuthority('evaluation:manage')")
    public RoundView reportToTalentOffice(int year, int version) {
        Round round = route.round(year);
        route.requireVersion(round, version);
        round.reportToTalentOffice(route.actor(), clock.instant());
        route.save(round);
        route.notify(accounts.contactsOf(Role.CITY_TALENT, null), "evaluation.notify.toApprove",
                List.of(String.valueOf(year)), "/evaluations/" + year + "/preview");
        audit.record(AuditRecord.success("evaluation.report", "evaluation_round", round.getId(), year + " → AT_TALENT"));
        return RouteSupport.view(round);
    }

    /** The city talent office approves (APPROVE) or returns (RETURN, with its opinion) the year's results. */
    @PreAuthorize("hasAuthority('evaluation:approve')")
    public RoundView talentDecision(int year, RouteCommand c) {
        Round round = route.round(year);
        route.requireVersion(round, c.version());
        round.talentDecision(route.actor(), c.decision(), c.opinion(), clock.instant());
        route.save(round);
        route.notify(accounts.contactsOf(Role.CITY_CAST, null), "evaluation.notify.talentDecided",
                List.of(String.valueOf(year)), "/evaluations/" + year);
        audit.record(AuditRecord.success("evaluation.approve", "evaluation_round", round.getId(),
                year + ": " + c.decision() + " → " + round.getStatus()));
        return RouteSupport.view(round);
    }

    /**
     * Publishes the approved year: the next gapless document number, version 1 of every participant's result and
     * {@link EvaluationResultPublished} for each, all in this transaction.
     */
    @PreAuthorize("hasAuthority('evaluation:manage')")
    public RoundView publish(int year, int version) {
        Round round = route.round(year);
        route.requireVersion(round, version);
        if (round.getStatus() != RoundStatus.APPROVED) {
            throw ConflictException.of("evaluation.error.illegalTransition",
                    ConflictException.label(round.getStatus()),
                    ConflictException.label(RouteDecision.PUBLISH));
        }
        List<SelfReport> all = reports.findByYearOrderByStationNameAscIdAsc(year);
        GradingResult grading = grading(round, all);
        if (!grading.isFinal()) {
            throw ConflictException.of("evaluation.error.tieOpen");
        }
        LocalDate today = route.today();
        String number = numbers.next(today.getYear()).text();
        round.publish(route.actor(), number, today, clock.instant());
        route.save(round);
        PolicyVersion policy = policies.forYear(year);
        String by = PlatformUser.current().getUsername();
        for (SelfReport r : all) {
            Outcome o = grading.outcome(r.getStationId());
            long id = versions.publish(r, o, policy.effectiveFrom(), number, today, by, clock.instant());
            events.publishEvent(new EvaluationResultPublished(id, year, r.getStationId(), 1, r.getStationYear(),
                    r.getHostUnitId(), r.getJurisdictionId(), r.getLevel(), o.grade(), o.total(), number, today));
            route.notify(accounts.contactsOfUnit(r.getHostUnitId()), "evaluation.notify.published",
                    List.of(String.valueOf(year), r.getStationName()), "/evaluations/reports/" + r.getId());
        }
        audit.record(AuditRecord.success("evaluation.publish", "evaluation_round", round.getId(),
                year + ": " + number + ", " + all.size() + " results"));
        return RouteSupport.view(round);
    }

    /** The year's results for the Excel export, in grading order. */
    @PreAuthorize("hasAuthority('evaluation:manage') or hasAuthority('evaluation:approve')")
    public List<ResultRow> resultRows(int year) {
        Round round = route.round(year);
        List<SelfReport> all = reports.findByYearOrderByStationNameAscIdAsc(year);
        Map<Long, SelfReport> byStation = all.stream().collect(Collectors.toMap(SelfReport::getStationId, r -> r));
        Map<Long, String> unitNames = units.namesOf(all.stream().map(SelfReport::getHostUnitId).toList());
        Map<Long, String> places = jurisdictions.list().stream()
                .collect(Collectors.toMap(JurisdictionView::id, JurisdictionView::name));
        Map<Long, ScoreSheet> sheets = sheetsOf(all);
        GradingResult grading = grading(round, all, sheets);
        // once published, the result in force (a later correction included) is what the export shows
        Map<Long, ResultVersion> published = round.getStatus() == RoundStatus.PUBLISHED
                ? versions.inForceOfYear(year).stream().collect(Collectors.toMap(ResultVersion::stationId, v -> v))
                : Map.of();
        List<ResultRow> rows = new ArrayList<>();
        for (Outcome o : grading.outcomes()) {
            SelfReport r = byStation.get(o.stationId());
            ScoreSheet sheet = sheets.get(r.getId());
            Optional<PublishedResult> inForce = Optional.ofNullable(published.get(r.getStationId()))
                    .map(v -> ResultVersions.published(v, r.getStationName()));
            rows.add(new ResultRow(r.getStationName(), unitNames.get(r.getHostUnitId()),
                    places.get(r.getJurisdictionId()), r.getLevel(),
                    inForce.map(PublishedResult::total).orElse(o.total()), sheet == null ? null : sheet.level1(),
                    inForce.map(PublishedResult::grade).orElse(o.grade()),
                    inForce.map(PublishedResult::reasonKey).orElse(o.reasonKey()),
                    inForce.map(PublishedResult::reasonArgs).orElse(o.args())));
        }
        return rows;
    }

    /** The result in force of a station's published year, for whoever may see its report. */
    @PreAuthorize("hasAuthority('evaluation:read')")
    public Optional<PublishedResult> result(long reportId) {
        SelfReport r = route.visible(reportId);
        return versions.inForce(r.getYear(), r.getStationId(), r.getStationName());
    }

    private GradingResult grading(Round round, List<SelfReport> all) {
        return grading(round, all, sheetsOf(all));
    }

    /** The grading of {@code all}, scored by {@code sheets} (report id → sheet, the submitted ones'). */
    private GradingResult grading(Round round, List<SelfReport> all, Map<Long, ScoreSheet> sheets) {
        GradingResult result = undecided(round, all, sheets);
        if (result.tie() != null && !round.chosenInTie().isEmpty()) {
            try {
                return result.decideTie(new TieDecision(round.chosenInTie(), round.getTieReason()));
            } catch (BusinessRuleException stale) {
                return result; // the totals moved since the decision: the tie is open again
            }
        }
        return result;
    }

    private GradingResult undecided(Round round, List<SelfReport> all) {
        return undecided(round, all, sheetsOf(all));
    }

    private GradingResult undecided(Round round, List<SelfReport> all, Map<Long, ScoreSheet> sheets) {
        List<Participant> participants = all.stream().map(r -> r.getStatus().submitted()
                ? Participant.submitted(r.getStationId(), sheets.get(r.getId()).total())
                : Participant.absent(r.getStationId())).toList();
        return Grading.grade(policies.forYear(round.getYear()).grading(), participants);
    }

    /** The submitted reports' sheets (report id → sheet), three queries for all of them. */
    private Map<Long, ScoreSheet> sheetsOf(List<SelfReport> all) {
        return frozen.of(all.stream().filter(r -> r.getStatus().submitted()).toList());
    }
}
