package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.documents.FileStore;
import cn.quzhou.stations.documents.StoredFile;
import cn.quzhou.stations.evaluation.internal.EvaluationStore;
import cn.quzhou.stations.evaluation.internal.IndicatorPolicies;
import cn.quzhou.stations.evaluation.ResultVersions;
import cn.quzhou.stations.evaluation.internal.Round;
import cn.quzhou.stations.evaluation.internal.RouteSupport;
import cn.quzhou.stations.evaluation.internal.SelfReport;
import cn.quzhou.stations.evaluation.internal.SelfReportRepository;
import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.organisation.ExpertPool;
import cn.quzhou.stations.organisation.ExpertView;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.TeamMatch;
import cn.quzhou.stations.organisation.TeamPerson;
import cn.quzhou.stations.station.Stations;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.NotFoundException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 市科协核实与评分 (Art. 15, 16(3)): on-site inspections, reviewer adjustments (each with its reason, audited), the
 * experts' judgement of C4 (assigned by the city CAST, never an expert of the host unit or of the station's society),
 * and the station's printed 绩效考核表. Nothing of a published year changes (409).
 */
@Service
@Transactional
public class EvaluationScoring {

    private final RouteSupport route;
    private final SelfReportRepository reports;
    private final EvaluationStore store;
    private final ResultVersions results;
    private final IndicatorPolicies policies;
    private final SelfReports selfReports;
    private final ExpertPool experts;
    private final Accounts accounts;
    private final HostUnits units;
    private final FileStore files;
    private final EvaluationDocuments documents;
    private final AuditLog audit;
    private final Clock clock;
    private final Stations stations;

    EvaluationScoring(RouteSupport route, SelfReportRepository reports, EvaluationStore store, ResultVersions results,
                      IndicatorPolicies policies, SelfReports selfReports, ExpertPool experts, Accounts accounts,
                      HostUnits units, FileStore files, EvaluationDocuments documents, AuditLog audit, Clock clock,
                      Stations stations) {
        this.stations = stations;
        this.route = route;
        this.reports = reports;
        this.store = store;
        this.results = results;
        this.policies = policies;
        this.selfReports = selfReports;
        this.experts = experts;
        this.accounts = accounts;
        this.units = units;
        this.files = files;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('evaluation:manage')")
    public long inspect(long reportId, InspectionCommand c, String fileName, InputStream file) {
        SelfReport r = underReview(reportId);
        StoredFile stored = file == null ? null : files.store(fileName, file, FileStore.ANY);
        long id = store.addInspection(reportId, c, stored == null ? null : stored.id(),
                stored == null ? null : stored.name(), PlatformUser.current().getUsername(), clock.instant());
        audit.record(AuditRecord.success("evaluation.inspect", "evaluation_report", reportId,
                r.getStationName() + " " + c.inspectedOn() + ": " + c.inspectors().strip()));
        return id;
    }

    @PreAuthorize("hasAuthority('evaluation:read')")
    public SelfReports.Download inspectionFile(long reportId, long inspectionId) {
        route.visible(reportId);
        UUID id = store.inspectionFile(reportId, inspectionId)
                .orElseThrow(() -> new NotFoundException("inspection file", inspectionId));
        return new SelfReports.Download(files.describe(id), files.open(id));
    }

    /** A reviewer's adjustment of one item (points and the mandatory reason), recorded in the audit log. */
    @PreAuthorize("hasAuthority('evaluation:manage')")
    public ReportSheet adjust(long reportId, AdjustmentCommand c) {
        SelfReport r = underReview(reportId);
        if (policies.forYear(r.getYear()).rule(c.itemCode()).isEmpty()) {
            throw new BusinessRuleException("itemCode", "evaluation.error.unknownItem", c.itemCode());
        }
        if (c.reason() == null || c.reason().isBlank()) {
            throw new BusinessRuleException("reason", "evaluation.error.reasonRequired");
        }
        store.addAdjustment(reportId, c.itemCode(), c.points(), c.reason(), PlatformUser.current().getUsername(),
                clock.instant());
        audit.record(AuditRecord.success("evaluation.adjust", "evaluation_report", reportId,
                r.getStationName() + " " + c.itemCode() + " " + c.points().toPlainString() + ": " + c.reason().strip()));
        return selfReports.sheet(reportId);
    }

    /** The pool the city CAST assigns from. */
    @PreAuthorize("hasAuthority('evaluation:manage')")
    public List<ExpertView> pool() {
        return experts.list().stream().filter(ExpertView::active).toList();
    }

    /**
     * Assigns experts to every report of the year under review that they may judge; an expert of the host unit or
     * of the station's society is not assigned to it (returned as "expert – station" pairs).
     */
    @PreAuthorize("hasAuthority('evaluation:manage')")
    public List<String> assignExperts(int year, List<Long> expertIds) {
        Round round = route.round(year);
        round.requireOpen();
        List<String> excluded = new ArrayList<>();
        List<SelfReport> open = openReports(year);
        Map<Long, List<TeamPerson>> teams = teams(open);
        for (Long expertId : expertIds) {
            ExpertView e = experts.byId(expertId).filter(ExpertView::active)
                    .orElseThrow(() -> new BusinessRuleException("expertIds", "evaluation.error.expert", expertId));
            int assigned = 0;
            for (SelfReport r : open) {
                if (conflicted(e, r, teams.get(r.getStationId()))) {
                    excluded.add(e.name() + " – " + r.getStationName());
                } else if (store.assign(r.getId(), expertId)) {
                    assigned++;
                }
            }
            if (assigned > 0) {
                List<Long> ids = accounts.contactsOfExpert(expertId).stream().map(Contact::accountId).toList();
                route.notify(accounts.contacts(ids), "evaluation.notify.assigned",
                        List.of(String.valueOf(year), String.valueOf(assigned)), "/evaluations/expert");
            }
        }
        audit.record(AuditRecord.success("evaluation.assign", "evaluation_round", round.getId(),
                year + ": experts " + expertIds + ", excluded " + excluded));
        return excluded;
    }

    /**
     * The experts among {@code expertIds} whose name is on the team of a station under review at another or no
     * organisation ("expert – station"): assigned all the same, shown to the city CAST to decide (DOMAIN.md §3).
     */
    @PreAuthorize("hasAuthority('evaluation:manage')")
    public List<String> teamNameWarnings(int year, List<Long> expertIds) {
        List<SelfReport> open = openReports(year);
        Map<Long, List<TeamPerson>> teams = teams(open);
        List<String> found = new ArrayList<>();
        for (Long expertId : expertIds) {
            experts.byId(expertId).ifPresent(e -> open.stream()
                    .filter(r -> e.onTeam(teams.get(r.getStationId())) == TeamMatch.NAME_ONLY)
                    .forEach(r -> found.add(e.name() + " – " + r.getStationName())));
        }
        return found;
    }

    private List<SelfReport> openReports(int year) {
        return reports.findByYearOrderByStationNameAscIdAsc(year).stream()
                .filter(r -> r.getStatus().submitted() && r.getStatus() != SelfReportStatus.VERIFIED).toList();
    }

    /** Each station's expert team as it lists them (by name and organisation). */
    private Map<Long, List<TeamPerson>> teams(List<SelfReport> open) {
        Map<Long, List<TeamPerson>> teams = new java.util.HashMap<>();
        stations.byIds(open.stream().map(SelfReport::getStationId).distinct().toList()).forEach((id, v) ->
                teams.put(id, v.expertTeam().stream().map(m -> new TeamPerson(m.name(), m.organisation())).toList()));
        return teams;
    }

    /** Own unit, own society, or on the station's own expert team (the same name at the expert's organisation). */
    private static boolean conflicted(ExpertView e, SelfReport r, List<TeamPerson> team) {
        return e.conflictsWith(r.getHostUnitId(), r.getSocietyId())
                || e.onTeam(team == null ? List.of() : team) == TeamMatch.SAME_PERSON;
    }

    /**
     * DOMAIN.md §3: an assigned expert declares a conflict of interest for a station's report, with the reason; they
     * are then no longer assigned to it (their judgement, if any, no longer counts) and cannot judge it.
     */
    @PreAuthorize("hasAuthority('evaluation:judge')")
    public void declareConflict(long reportId, String reason) {
        SelfReport r = route.lock(assignedToMe(reportId));
        route.round(r.getYear()).requireOpen();
        if (r.getStatus() == SelfReportStatus.VERIFIED) {
            throw ConflictException.of("evaluation.error.notUnderReview");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "evaluation.error.conflictReasonRequired");
        }
        if (reason.strip().length() > 500) {
            throw new BusinessRuleException("reason", "evaluation.error.reasonTooLong", 500);
        }
        if (!store.declareConflict(reportId, PlatformUser.current().expertId(), reason, clock.instant())) {
            throw ConflictException.of("evaluation.error.alreadyHandled");
        }
        audit.record(AuditRecord.success("evaluation.conflict", "evaluation_report", reportId,
                r.getStationName() + " expert " + PlatformUser.current().expertId() + ": " + reason.strip()));
    }

    /** The signed-in expert's assignments (only those). */
    @PreAuthorize("hasAuthority('evaluation:judge')")
    public List<Assignment> myAssignments() {
        Long expertId = PlatformUser.current().expertId();
        if (expertId == null) {
            return List.of();
        }
        List<JudgementView> mine = store.assignmentsOfExpert(expertId, Map.of());
        Map<Long, SelfReport> byId = reports.findAllById(mine.stream().map(JudgementView::reportId).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(SelfReport::getId, r -> r));
        return mine.stream().map(j -> {
            SelfReport r = byId.get(j.reportId());
            return new Assignment(j, r.getYear(), r.getStationName(), r.getStatus(),
                    r.getStatus() == SelfReportStatus.CITY_REVIEW);
        }).toList();
    }

    /** The signed-in expert's judgements still to give as a 待办 line: one statement. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('evaluation:judge')")
    public TodoDeadlines.Waiting openJudgements(java.time.LocalDate overdueBefore) {
        Long expertId = PlatformUser.current().expertId();
        return expertId == null ? new TodoDeadlines.Waiting(0, null, 0) : store.openJudgements(expertId, overdueBefore);
    }

    /** An assigned report's summary and frozen evidence for the expert; not assigned = not found. */
    @PreAuthorize("hasAuthority('evaluation:judge')")
    public ReportSheet assignedSheet(long reportId) {
        SelfReport r = assignedToMe(reportId);
        List<EvidenceLine> lines = store.snapshotOf(reportId);
        return new ReportSheet(RouteSupport.view(r), lines, true, List.of(), List.of(),
                store.judgementsOf(reportId, Map.of()).stream()
                        .filter(j -> j.expertId() == PlatformUser.current().expertId()).toList(),
                null, null, null, route.round(r.getYear()).getStatus() == RoundStatus.OPEN,
                policies.forYear(r.getYear()).judgementMax());
    }

    /**
     * The expert's judgement of the judged item (C4: 0 to the measures' maximum) with a comment; may be changed until
     * the report is verified.
     */
    @PreAuthorize("hasAuthority('evaluation:judge')")
    public void judge(long reportId, JudgementCommand c) {
        SelfReport r = route.lock(assignedToMe(reportId));
        route.round(r.getYear()).requireOpen();
        if (r.getStatus() != SelfReportStatus.CITY_REVIEW) {
            throw ConflictException.of("evaluation.error.notUnderReview");
        }
        BigDecimal max = policies.forYear(r.getYear()).judgementMax();
        if (c.judgement() == null || c.judgement().signum() < 0 || c.judgement().compareTo(max) > 0) {
            throw new BusinessRuleException("judgement", "evaluation.error.judgementRange", max);
        }
        if (c.comment() != null && c.comment().strip().length() > 2000) {
            // the page posts without bean validation: an over-long comment is a message, not a database error
            throw new BusinessRuleException("comment", "evaluation.error.commentTooLong", 2000);
        }
        store.judge(reportId, PlatformUser.current().expertId(), c.judgement(), c.comment(), clock.instant());
        audit.record(AuditRecord.success("evaluation.judge", "evaluation_report", reportId,
                r.getStationName() + " C4 " + c.judgement().toPlainString()));
    }

    /**
     * The station's 绩效考核表 as a PDF: for the host unit once the year is published (with its grade), for the city
     * offices at any time after submission.
     */
    @PreAuthorize("hasAuthority('evaluation:read')")
    public byte[] sheetPdf(long reportId) {
        SelfReport r = route.visible(reportId);
        var published = results.inForce(r.getYear(), r.getStationId(), r.getStationName());
        PlatformUser me = PlatformUser.current();
        boolean city = me.can("evaluation:manage") || me.can("evaluation:approve");
        if (!r.getStatus().submitted() || published.isEmpty() && !city) {
            throw new NotFoundException("score sheet", reportId);
        }
        ReportSheet sheet = selfReports.sheet(reportId);
        String unit = units.byId(r.getHostUnitId()).map(u -> u.name()).orElse(null);
        // a correction changes the result in force, not the verified item scores: the sheet says so under the table
        StationSheet.Correction correction = results.inForce(r.getYear(), r.getStationId())
                .filter(row -> row.version() > 1)
                .map(row -> new StationSheet.Correction(row.version(), row.correctionReason(), row.publishedOn(),
                        row.total(), row.grade()))
                .orElse(null);
        return documents.sheetPdf(new StationSheet(r.getStationName(), unit, r.getYear(),
                policies.forYear(r.getYear()).source(), sheet.sheet(),
                published.map(PublishedResult::grade).orElse(null), correction));
    }

    private SelfReport underReview(long reportId) {
        SelfReport r = route.lock(route.visible(reportId));
        route.round(r.getYear()).requireOpen();
        if (r.getStatus() != SelfReportStatus.CITY_REVIEW) {
            throw ConflictException.of("evaluation.error.notUnderReview");
        }
        return r;
    }

    private SelfReport assignedToMe(long reportId) {
        Long expertId = PlatformUser.current().expertId();
        if (expertId == null || !store.assigned(reportId, expertId)) {
            throw new NotFoundException("self-report", reportId);
        }
        return reports.findById(reportId).orElseThrow();
    }
}
