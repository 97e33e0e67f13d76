package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.evaluation.internal.EvaluationStore;
import cn.quzhou.stations.evaluation.internal.ReportList;
import cn.quzhou.stations.evaluation.internal.Round;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.evaluation.internal.RoutePolicy;
import cn.quzhou.stations.evaluation.internal.RouteSupport;
import cn.quzhou.stations.evaluation.internal.SelfReport;
import cn.quzhou.stations.evaluation.internal.Sheets;
import cn.quzhou.stations.evaluation.scoring.ScoreSheet;
import cn.quzhou.stations.organisation.ExpertPool;
import cn.quzhou.stations.organisation.ExpertView;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.station.EvidenceView;
import cn.quzhou.stations.station.EvidenceYearLocks;
import cn.quzhou.stations.station.StationEvidence;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 自评与报送 (Art. 16(1)-(2)): the host unit drafts and submits its self-report (the year's evidence is then frozen and
 * copied), the county CAST checks it, the county talent office forwards it, the city CAST reviews and verifies it;
 * each may return it to the station with an opinion. Reads go through the signed-in user's data scope.
 */
@Service
@Transactional
public class SelfReports {

    private final RouteSupport route;
    private final EvaluationStore store;
    private final Sheets sheets;
    private final Stations stations;
    private final StationEvidence evidence;
    private final EvidenceYearLocks locks;
    private final ExpertPool experts;
    private final AuditLog audit;
    private final Clock clock;
    private final RoutePolicy policy;
    private final ReportList list;
    private final DeclarableParts declarable;

    SelfReports(RouteSupport route, EvaluationStore store, Sheets sheets, Stations stations, StationEvidence evidence,
                EvidenceYearLocks locks, ExpertPool experts, AuditLog audit, Clock clock, RoutePolicy policy,
                ReportList list, DeclarableParts declarable) {
        this.list = list;
        this.declarable = declarable;
        this.policy = policy;
        this.route = route;
        this.store = store;
        this.sheets = sheets;
        this.stations = stations;
        this.evidence = evidence;
        this.locks = locks;
        this.experts = experts;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('evaluation:read')")
    public ReportView get(long reportId) {
        return RouteSupport.view(route.visible(reportId));
    }

    /**
     * The report with what it is scored from and the engine's sheet: from the frozen snapshot once submitted, from
     * the live evidence while the station drafts (the live preview).
     */
    @PreAuthorize("hasAuthority('evaluation:read')")
    public ReportSheet sheet(long reportId) {
        return sheetOf(route.visible(reportId));
    }

    /** How many reports wait for the signed-in user's step (the to-do): one statement. */
    @PreAuthorize("hasAuthority('evaluation:read')")
    public long worklistCount() {
        Set<SelfReportStatus> mine = mine();
        List<Integer> years = route.openRounds().stream().map(Round::getYear).toList();
        // one count within scope, never the reports themselves (a city-wide year has thousands)
        return mine.isEmpty() || years.isEmpty() ? 0 : route.countVisible(years, mine);
    }

    /**
     * The reports waiting at the signed-in user's reviewing step (not the station's own drafting) as a 待办 line: one
     * statement (see {@link ReportList#waiting}); a pure read.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('evaluation:read')")
    public TodoDeadlines.Waiting reviewWaiting(LocalDate overdueBefore) {
        Set<SelfReportStatus> mine = mine();
        mine.removeAll(List.of(SelfReportStatus.DRAFT, SelfReportStatus.RETURNED));
        // the reviewing steps are none the sweep moves: the open rounds as they are
        List<Integer> years = route.openRoundYears();
        return mine.isEmpty() || years.isEmpty() ? new TodoDeadlines.Waiting(0, null, 0)
                : list.waiting(PlatformUser.current().scope().on("r"), years, mine, overdueBefore);
    }

    /**
     * The host unit's own drafts and returns as a 待办 line, each with its deadline (the round's, or the resubmission
     * deadline of a returned report): one statement, a pure read (see {@link ReportList#own}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('evaluation:report')")
    public TodoDeadlines.Dated ownWaiting(LocalDate today) {
        return list.own(PlatformUser.current().scope().on("r"), today);
    }

    /** One page of the reports waiting for the signed-in user's step, within scope, searched and filtered. */
    @PreAuthorize("hasAuthority('evaluation:read')")
    public Paged<ReportLine> worklistPage(ListRequest request, ReportFilter filter) {
        ListQuery query = request.resolve(ReportList.SORTS);
        Set<SelfReportStatus> mine = mine();
        List<Integer> years = route.openRounds().stream().map(Round::getYear).toList();
        if (mine.isEmpty() || years.isEmpty()) {
            return Paged.of(List.of(), 0, query);
        }
        return list.page(PlatformUser.current().scope().on("r"), years, mine, filter, query);
    }

    /** The reports waiting for the signed-in user's action, within their scope. */
    @PreAuthorize("hasAuthority('evaluation:read')")
    public List<ReportView> worklist() {
        Set<SelfReportStatus> mine = mine();
        return route.openRounds().stream()
                .flatMap(round -> route.visibleOfYear(round.getYear()).stream())
                .filter(r -> mine.contains(r.getStatus())).map(RouteSupport::view).toList();
    }

    /** The statuses at which a report waits for the signed-in user. */
    private static Set<SelfReportStatus> mine() {
        PlatformUser me = PlatformUser.current();
        Set<SelfReportStatus> mine = new LinkedHashSet<>();
        if (me.can("evaluation:report")) {
            mine.addAll(List.of(SelfReportStatus.DRAFT, SelfReportStatus.RETURNED));
        }
        if (me.can("evaluation:check")) {
            mine.add(SelfReportStatus.COUNTY_CHECK);
        }
        if (me.can("evaluation:forward")) {
            mine.add(SelfReportStatus.COUNTY_TALENT);
        }
        if (me.can("evaluation:manage")) {
            mine.add(SelfReportStatus.CITY_REVIEW);
        }
        return mine;
    }

    @PreAuthorize("hasAuthority('evaluation:report')")
    public ReportView draft(long reportId, SelfReportCommand c, int version) {
        SelfReport r = route.visible(reportId);
        requireNotLate(r, route.round(r.getYear()));
        route.requireVersion(r, version);
        route.round(r.getYear()).requireOpen();
        Map<String, Set<String>> declared = declarations(c);
        declarable.requireDeclarable(r.getYear(), c); // after the shape: a malformed part is named as such first
        r.draft(route.actor(), c.summary(), declared, c.coverage());
        sheets.score(r, List.of(), 1, List.of(), List.of()); // unknown parts or tiers are refused here
        return RouteSupport.view(route.save(r));
    }

    /**
     * Hands the report in (refused after the deadline with the deadline in the message, unless it comes back after a
     * return): the year's evidence is copied into the report's snapshot and frozen in the station registry.
     */
    @PreAuthorize("hasAuthority('evaluation:report')")
    public ReportView submit(long reportId, int version) {
        SelfReport r = route.visible(reportId);
        Round round = route.round(r.getYear());
        requireNotLate(r, round);
        route.requireVersion(r, version);
        round.requireOpen();
        StationView station = stations.get(r.getStationId());
        r.submit(route.actor(), route.today(), round.getReportDeadline(), station.expertTeam().size(), clock.instant());
        store.snapshot(r.getId(), live(r));
        locks.freeze(r.getStationId(), r.getYear());
        route.save(r);
        audit.record(AuditRecord.success("evaluation.submit", "evaluation_report", reportId,
                r.getYear() + " " + r.getStationName() + " → " + r.getStatus()));
        route.notifyNext(r);
        return RouteSupport.view(r);
    }

    /** The county CAST: true and complete (PASS) or RETURN with the opinion. */
    @PreAuthorize("hasAuthority('evaluation:check')")
    public ReportView countyCheck(long reportId, RouteCommand c) {
        return decide(reportId, c, (r, actor) -> r.countyCheck(actor, c.decision(), c.opinion(), clock.instant()));
    }

    /** The county talent office: forward to the city CAST (PASS) or RETURN. */
    @PreAuthorize("hasAuthority('evaluation:forward')")
    public ReportView countyForward(long reportId, RouteCommand c) {
        return decide(reportId, c, (r, actor) -> r.countyForward(actor, c.decision(), c.opinion(), clock.instant()));
    }

    /**
     * The city CAST: VERIFY the report (its scoring done) or RETURN it to the station; REOPEN a verified report for
     * review again (with the reason, while the round is open); close a returned report as NOT_SUBMITTED (reason).
     */
    @PreAuthorize("hasAuthority('evaluation:manage')")
    public ReportView cityDecision(long reportId, RouteCommand c) {
        return decide(reportId, c, (r, actor) -> {
            if (c.decision() == RouteDecision.VERIFY || c.decision() == RouteDecision.PASS) {
                r.verify(actor, c.opinion(), clock.instant());
            } else if (c.decision() == RouteDecision.RETURN) {
                r.cityReturn(actor, c.opinion(), clock.instant());
            } else if (c.decision() == RouteDecision.REOPEN) {
                r.reopenVerification(actor, c.opinion(), clock.instant());
            } else if (c.decision() == RouteDecision.NOT_SUBMITTED) {
                r.closeNotSubmitted(actor, c.opinion(), clock.instant());
            } else {
                throw ConflictException.of("evaluation.error.illegalTransition",
                        ConflictException.label(r.getStatus()),
                        ConflictException.label(c.decision()));
            }
        });
    }

    // The API answers every step with the report's whole sheet, read in the step's own transaction: one shape for the
    // resource across GET and actions, and an answer that cannot disagree with what was committed.

    @PreAuthorize("hasAuthority('evaluation:report')")
    public ReportSheet draftAnswered(long reportId, SelfReportCommand c, int version) {
        return sheetAfter(draft(reportId, c, version));
    }

    @PreAuthorize("hasAuthority('evaluation:report')")
    public ReportSheet submitAnswered(long reportId, int version) {
        return sheetAfter(submit(reportId, version));
    }

    @PreAuthorize("hasAuthority('evaluation:check')")
    public ReportSheet countyCheckAnswered(long reportId, RouteCommand c) {
        return sheetAfter(countyCheck(reportId, c));
    }

    @PreAuthorize("hasAuthority('evaluation:forward')")
    public ReportSheet countyForwardAnswered(long reportId, RouteCommand c) {
        return sheetAfter(countyForward(reportId, c));
    }

    @PreAuthorize("hasAuthority('evaluation:manage')")
    public ReportSheet cityDecisionAnswered(long reportId, RouteCommand c) {
        return sheetAfter(cityDecision(reportId, c));
    }

    private ReportSheet sheetAfter(ReportView done) {
        return sheetOf(route.visible(done.id()));
    }

    private ReportView decide(long reportId, RouteCommand c,
                              java.util.function.BiConsumer<SelfReport, cn.quzhou.stations.evaluation.internal.Actor> move) {
        SelfReport r = route.lock(route.visible(reportId));
        Round round = route.round(r.getYear());
        round.requireOpen();
        route.requireVersion(r, c.version());
        SelfReportStatus before = r.getStatus();
        move.accept(r, route.actor());
        if (r.getStatus() == SelfReportStatus.RETURNED) {
            r.resubmitBy(policy.resubmitBy(route.today(), round.getReportDeadline()));
            // a returned report goes back to the station: its evidence may be amended and is copied again
            store.dropSnapshot(r.getId());
            locks.unfreeze(r.getStationId(), r.getYear());
        }
        route.save(r);
        audit.record(AuditRecord.success("evaluation.route", "evaluation_report", reportId,
                c.decision() + ": " + before + " → " + r.getStatus()
                        + (c.opinion() == null || c.opinion().isBlank() ? "" : ": " + c.opinion().strip())));
        route.notifyNext(r);
        return RouteSupport.view(r);
    }

    /** A report the deadline sweep has closed is refused with the deadline, not as "already handled". */
    private static void requireNotLate(SelfReport r, Round round) {
        if (r.getStatus() == SelfReportStatus.NOT_SUBMITTED && r.getRecords().stream()
                .anyMatch(o -> o.view().decision() == RouteDecision.RETURN)) {
            throw new BusinessRuleException("deadline", "evaluation.error.resubmissionClosed");
        }
        if (r.getStatus() == SelfReportStatus.NOT_SUBMITTED) {
            throw new BusinessRuleException("deadline", "evaluation.error.deadlinePassed",
                    round.getReportDeadline().toString());
        }
    }

    ReportSheet sheetOf(SelfReport r) {
        boolean frozen = r.getStatus().submitted();
        List<EvidenceLine> lines = frozen ? store.snapshotOf(r.getId()) : r.getStatus().editable()
                && PlatformUser.current().can("station:read") ? live(r) : List.of();
        int team = frozen && r.getTeamSize() != null ? r.getTeamSize() : teamNow(r);
        List<AdjustmentView> adjustments = store.adjustmentsOf(r.getId());
        List<JudgementView> judgements = store.judgementsOf(r.getId(), Map.of());
        ScoreSheet sheet = sheets.score(r, lines, team, adjustments, judgements);
        Round round = route.round(r.getYear());
        // who judged and what they wrote is for the city offices only; the unit and county see C4's score
        PlatformUser me = PlatformUser.current();
        List<JudgementView> shown = me.can("evaluation:manage") || me.can("evaluation:approve")
                ? store.judgementsOf(r.getId(), expertNames(judgements)) : List.of();
        return new ReportSheet(RouteSupport.view(r), lines, frozen, store.inspectionsOf(r.getId()), adjustments,
                shown, Sheets.averageDays(r.getYear(), lines, team), Sheets.judgement(judgements), sheet,
                round.getStatus() == RoundStatus.OPEN, sheets.judgementMax(r.getYear()));
    }

    private int teamNow(SelfReport r) {
        try {
            return stations.get(r.getStationId()).expertTeam().size();
        } catch (RuntimeException e) {
            return 1; // someone who may see the report but not the registry (an expert): the divisor is not shown
        }
    }

    private Map<Long, String> expertNames(List<JudgementView> judgements) {
        Map<Long, String> names = new HashMap<>();
        judgements.forEach(j ->
                experts.byId(j.expertId()).map(ExpertView::name).ifPresent(n -> names.put(j.expertId(), n)));
        return names;
    }

    private List<EvidenceLine> live(SelfReport r) {
        return evidence.of(r.getStationId(), r.getYear()).stream().map(SelfReports::line).toList();
    }

    private static EvidenceLine line(EvidenceView e) {
        return new EvidenceLine(e.id(), e.kind(), e.occurredOn(), e.description(), e.attendance(), e.level(), e.days());
    }

    private static Map<String, Set<String>> declarations(SelfReportCommand c) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String p : c.parts()) {
            String[] kv = p.split(":", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new BusinessRuleException("parts", "evaluation.error.part", p);
            }
            out.computeIfAbsent(kv[0], k -> new LinkedHashSet<>()).add(kv[1]);
        }
        if (c.reach() != null && !c.reach().isBlank()) {
            out.put(DeclarableParts.REACH_ITEM, Set.of(c.reach()));
        }
        return out;
    }

    /** A stored file and its open content, to be streamed and closed by the caller. */
    public record Download(cn.quzhou.stations.documents.StoredFile file, java.io.InputStream content) {
    }
}
