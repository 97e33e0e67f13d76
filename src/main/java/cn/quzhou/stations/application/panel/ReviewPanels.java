package cn.quzhou.stations.application.panel;

import cn.quzhou.stations.application.AlreadyHandledException;
import cn.quzhou.stations.application.ApplicationReviewed;
import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.OfficeSeals;
import cn.quzhou.stations.shared.Versioned;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.application.internal.Actor;
import cn.quzhou.stations.application.internal.Application;
import cn.quzhou.stations.application.internal.ApplicationRepository;
import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.application.panel.internal.PanelEntry;
import cn.quzhou.stations.application.panel.internal.PanelEntryRepository;
import cn.quzhou.stations.application.panel.internal.PanelList;
import cn.quzhou.stations.application.panel.internal.ReviewPanel;
import cn.quzhou.stations.application.panel.internal.ReviewPanelRepository;
import cn.quzhou.stations.application.panel.internal.ReviewSheet;
import cn.quzhou.stations.application.panel.internal.ReviewSheetRepository;
import cn.quzhou.stations.application.panel.internal.SheetPolicy;
import cn.quzhou.stations.application.panel.internal.SheetPolicyRepository;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.organisation.ExpertPool;
import cn.quzhou.stations.organisation.ExpertView;
import cn.quzhou.stations.organisation.TeamMatch;
import cn.quzhou.stations.organisation.TeamPerson;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.organisation.SocietyView;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评审小组与建议名单 (Art. 5(2)): the city CAST convenes a panel of experts for a batch of applications
 * at panel review; each expert scores only the applications assigned to them (never one of their own
 * unit, of a society they belong to, or one they declared a conflict for); the city CAST sees every
 * sheet and the aggregates, fixes the recommended list and submits it to the city talent office.
 */
@Service
@Transactional(readOnly = true)
public class ReviewPanels {

    private static final Set<SheetStatus> LIVE = EnumSet.of(SheetStatus.ASSIGNED, SheetStatus.DRAFT, SheetStatus.SUBMITTED);

    private final ReviewPanelRepository panels;
    private final PanelEntryRepository entries;
    private final ReviewSheetRepository sheets;
    private final SheetPolicyRepository policies;
    private final ApplicationRepository applications;
    private final ExpertPool experts;
    private final Societies societies;
    private final Accounts accounts;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final OfficeSeals seals;

    private final cn.quzhou.stations.application.internal.TodoCounts todoCounts;
    private final PanelList panelList;

    ReviewPanels(ReviewPanelRepository panels, PanelEntryRepository entries, ReviewSheetRepository sheets,
                 SheetPolicyRepository policies, ApplicationRepository applications, ExpertPool experts,
                 Societies societies, Accounts accounts, Notifications notifications, MessageSource messages,
                 AuditLog audit, Clock clock, OfficeSeals seals,
                 cn.quzhou.stations.application.internal.TodoCounts todoCounts, PanelList panelList) {
        this.todoCounts = todoCounts;
        this.panelList = panelList;
        this.seals = seals;
        this.panels = panels;
        this.entries = entries;
        this.sheets = sheets;
        this.policies = policies;
        this.applications = applications;
        this.experts = experts;
        this.societies = societies;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- the sheet in force -------------------------------------------------------------------

    /** The review sheet version in force today. */
    @PreAuthorize("hasAnyAuthority('panel:manage', 'panel:read', 'panel:score')")
    public SheetPolicyView policyInForce() {
        return view(currentPolicy());
    }

    // ---- forming a panel ----------------------------------------------------------------------

    /** Active experts of the pool, for the formation form. */
    @PreAuthorize("hasAuthority('panel:manage')")
    public List<PanelExpert> candidateExperts() {
        return experts.list().stream().filter(ExpertView::active)
                .map(e -> new PanelExpert(e.id(), e.name(), e.title(), e.organisation())).toList();
    }

    /** Applications at panel review that no scoring panel holds yet. */
    @PreAuthorize("hasAuthority('panel:manage')")
    public List<PanelCandidate> candidateApplications() {
        return applications.findAll((org.springframework.data.jpa.domain.Specification<Application>) (r, q, cb) -> cb.equal(r.get("status"), ApplicationStatus.PANEL_REVIEW)).stream()
                .filter(a -> !entries.existsInPanelWithStatus(a.getId(), PanelStatus.SCORING))
                .sorted(Comparator.comparing(Application::getId))
                .map(a -> new PanelCandidate(a.getId(), a.getStationName(), a.getUnitName(), societyName(a.getSocietyId())))
                .toList();
    }

    /**
     * The experts whose name is on an application's expert team at another or no organisation: not refused (the team
     * names people, not expert records), shown to the city CAST to decide.
     */
    @PreAuthorize("hasAuthority('panel:manage')")
    public List<TeamNameWarning> teamNameWarnings(java.util.Collection<Long> expertIds, java.util.Collection<Long> applicationIds) {
        List<TeamNameWarning> found = new ArrayList<>();
        for (long applicationId : applicationIds) {
            Application a = application(applicationId);
            List<TeamPerson> team = team(a);
            for (long expertId : expertIds) {
                ExpertView e = expert(expertId);
                if (e.onTeam(team) == TeamMatch.NAME_ONLY) {
                    found.add(new TeamNameWarning(e.id(), e.name(), a.getId(), name(a)));
                }
            }
        }
        return found;
    }

    /** Every conflict between the given experts and applications (own unit, own society, own team, declared). */
    @PreAuthorize("hasAuthority('panel:manage')")
    public List<PanelConflict> conflicts(Set<Long> expertIds, Set<Long> applicationIds) {
        List<PanelConflict> found = new ArrayList<>();
        for (long expertId : expertIds) {
            ExpertView e = expert(expertId);
            for (long applicationId : applicationIds) {
                conflict(e, application(applicationId)).ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * Forms a panel for a batch: every chosen expert is assigned every application of the batch except
     * where a conflict exists (those pairs are shown on the panel with their reason). Refused when an
     * expert is inactive, an application is not at panel review or already before a scoring panel, or
     * an application would have no expert left.
     */
    @Transactional
    @PreAuthorize("hasAuthority('panel:manage')")
    public long form(PanelCommand c) {
        SheetPolicy policy = currentPolicy();
        List<ExpertView> chosen = c.expertIds().stream().map(this::expert).toList();
        for (ExpertView e : chosen) {
            if (!e.active()) {
                throw new BusinessRuleException("expertIds", "panel.error.expertInactive", e.name());
            }
        }
        List<Application> batch = c.applicationIds().stream().sorted().map(this::application).toList();
        for (Application a : batch) {
            requireCandidate(a);
        }
        Map<Long, List<PanelConflict>> conflicted = new LinkedHashMap<>();
        for (Application a : batch) {
            List<PanelConflict> theirs = chosen.stream().map(e -> conflict(e, a)).flatMap(Optional::stream).toList();
            if (theirs.size() == chosen.size()) {
                throw new BusinessRuleException("expertIds", "panel.error.noExpertLeft", name(a), describe(theirs));
            }
            conflicted.put(a.getId(), theirs);
        }
        PlatformUser me = PlatformUser.current();
        ReviewPanel panel = panels.saveAndFlush(new ReviewPanel(c.name(), c.year(), policy.getId(), c.expertIds(),
                me.getUsername(), clock.instant()));
        int assigned = 0;
        for (Application a : batch) {
            entries.save(new PanelEntry(panel.getId(), a.getId()));
            Set<Long> excluded = conflicted.get(a.getId()).stream().map(PanelConflict::expertId).collect(Collectors.toSet());
            for (ExpertView e : chosen) {
                if (!excluded.contains(e.id())) {
                    sheets.save(new ReviewSheet(panel.getId(), a.getId(), e.id()));
                    assigned++;
                }
            }
        }
        sheets.flush();
        audit.record(AuditRecord.success("panel.form", "review_panel", panel.getId(),
                "experts=" + c.expertIds() + ", applications=" + c.applicationIds() + ", sheets=" + assigned
                        + ", excluded=" + describe(conflicted.values().stream().flatMap(List::stream).toList())));
        for (ExpertView e : chosen) {
            notifications.notify(ids(accounts.contactsOfExpert(e.id())), "panel.notify.assigned",
                    List.of(panel.getName()), "/panels/sheets");
        }
        return panel.getId();
    }

    /** Assigns one more expert to an application of the batch (e.g. after a declared conflict); refused on a conflict, with its reason. */
    @Transactional
    @PreAuthorize("hasAuthority('panel:manage')")
    public void assign(long panelId, long applicationId, long expertId) {
        ReviewPanel panel = panel(panelId);
        panel.requireStatus(PanelStatus.SCORING);
        if (entries.findByPanelIdOrderByIdAsc(panelId).stream().noneMatch(e -> e.getApplicationId() == applicationId)) {
            throw new NotFoundException("application", applicationId);
        }
        ExpertView e = expert(expertId);
        if (!e.active()) {
            throw new BusinessRuleException("expertId", "panel.error.expertInactive", e.name());
        }
        Application a = application(applicationId);
        Optional<PanelConflict> conflict = conflict(e, a);
        if (conflict.isPresent()) {
            throw new BusinessRuleException("expertId", "panel.error.conflict", e.name(), name(a), reason(conflict.get()));
        }
        if (sheets.findByPanelIdAndApplicationIdAndExpertId(panelId, applicationId, expertId).isPresent()) {
            throw new BusinessRuleException("expertId", "panel.error.alreadyAssigned", e.name(), name(a));
        }
        panel.addExpert(expertId);
        sheets.saveAndFlush(new ReviewSheet(panelId, applicationId, expertId));
        audit.record(AuditRecord.success("panel.assign", "review_panel", panelId,
                "expert " + expertId + " → application " + applicationId));
        notifications.notify(ids(accounts.contactsOfExpert(expertId)), "panel.notify.assigned",
                List.of(panel.getName()), "/panels/sheets");
    }

    // ---- the city CAST's and the talent office's view ------------------------------------------

    /** The signed-in expert's sheets still to score: one count (the 待办). */
    @PreAuthorize("hasAuthority('panel:score')")
    public long openSheetCount() {
        return todoCounts.openSheets(myExpertId());
    }

    /** {@link #openSheetCount} as a 待办 line: one statement. */
    @PreAuthorize("hasAuthority('panel:score')")
    public TodoDeadlines.Waiting openSheetsWaiting(LocalDate overdueBefore) {
        return todoCounts.openSheetsWaiting(myExpertId(), overdueBefore);
    }

    /** {@link #readyToListCount} as a 待办 line: one statement. */
    @PreAuthorize("hasAuthority('panel:manage')")
    public TodoDeadlines.Waiting readyToListWaiting(LocalDate overdueBefore) {
        return todoCounts.panelsReadyWaiting(overdueBefore);
    }

    /** Panels whose sheets are all in and whose list awaits fixing: one count (the city CAST's 待办). */
    @PreAuthorize("hasAuthority('panel:manage')")
    public long readyToListCount() {
        return todoCounts.panelsReadyToList();
    }

    /** One page of the panels, searched on the name, by status and year, sorted as asked: one page query, one count. */
    @PreAuthorize("hasAnyAuthority('panel:manage', 'panel:read')")
    public Paged<PanelSummary> page(ListRequest request, PanelFilter filter) {
        return panelList.page(filter, request.resolve(PanelList.SORTS));
    }

    /** Every sheet, every aggregate and every exclusion of a panel. */
    @PreAuthorize("hasAnyAuthority('panel:manage', 'panel:read')")
    public PanelView get(long panelId) {
        ReviewPanel p = panel(panelId);
        SheetPolicyView policy = view(policies.findById(p.getPolicyId()).orElseThrow());
        Map<Long, ExpertView> byId = new LinkedHashMap<>();
        List<ReviewSheet> all = sheets.findByPanelIdOrderByIdAsc(panelId);
        p.getExpertIds().forEach(id -> byId.put(id, expert(id)));
        all.forEach(s -> byId.computeIfAbsent(s.getExpertId(), this::expert));
        List<PanelEntryView> rows = new ArrayList<>();
        List<PanelConflict> exclusions = new ArrayList<>();
        for (PanelEntry entry : entries.findByPanelIdOrderByIdAsc(panelId)) {
            Application a = application(entry.getApplicationId());
            List<ReviewSheet> theirs = all.stream().filter(s -> s.getApplicationId() == a.getId()).toList();
            List<SheetView> views = theirs.stream().map(s -> view(s, p, a, byId.get(s.getExpertId()))).toList();
            rows.add(new PanelEntryView(a.getId(), a.getStationName(), a.getUnitName(), a.getStatus(), views,
                    score(theirs, policy), entry.getOutcome(), entry.getReason()));
            for (Long expertId : p.getExpertIds()) {
                if (theirs.stream().noneMatch(s -> s.getExpertId() == expertId)) {
                    conflict(byId.get(expertId), a).ifPresent(exclusions::add);
                }
            }
            theirs.stream().filter(s -> s.getStatus() == SheetStatus.WITHDRAWN).forEach(s -> exclusions.add(
                    new PanelConflict(s.getExpertId(), byId.get(s.getExpertId()).name(), a.getId(), a.getStationName(),
                            ConflictKind.DECLARED, s.getConflictReason())));
        }
        List<PanelExpert> members = p.getExpertIds().stream().map(byId::get)
                .map(e -> new PanelExpert(e.id(), e.name(), e.title(), e.organisation())).toList();
        return new PanelView(p.getId(), p.getName(), p.getYear(), p.getStatus(), policy, members, rows, exclusions,
                p.getOverrideReason(), p.getFormedAt(), p.getVersion());
    }

    // ---- the expert -----------------------------------------------------------------------------

    /** The signed-in expert's assignments (withdrawn ones are gone). */
    @PreAuthorize("hasAuthority('panel:score')")
    public List<SheetView> mySheets() {
        long expertId = myExpertId();
        ExpertView me = expert(expertId);
        return sheets.findByExpertIdAndStatusInOrderByIdAsc(expertId, LIVE).stream()
                .map(s -> view(s, panel(s.getPanelId()), application(s.getApplicationId()), me)).toList();
    }

    /** One page of the signed-in expert's assignments (withdrawn ones are gone): one page query, one count, one for the scores. */
    @PreAuthorize("hasAuthority('panel:score')")
    public Paged<SheetView> mySheets(ListRequest request, SheetStatus status) {
        long expertId = myExpertId();
        String name = expert(expertId).name();
        Paged<PanelList.SheetRow> page = panelList.sheets(expertId, status, request.resolve(PanelList.SHEET_SORTS));
        Map<Long, Map<String, java.math.BigDecimal>> scores = panelList.scores(page.items().stream()
                .map(PanelList.SheetRow::id).toList());
        return page.map(s -> {
            Map<String, java.math.BigDecimal> points = scores.getOrDefault(s.id(), new java.util.TreeMap<>());
            return new SheetView(s.id(), s.panelId(), s.panelName(), s.applicationId(), s.stationName(), s.unitName(),
                    expertId, name, s.status(), points,
                    points.values().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add),
                    s.comment(), s.conflictReason(), s.savedAt(), s.submittedAt(), s.version());
        });
    }

    /** One of the signed-in expert's own live sheets; any other sheet is not found. */
    @PreAuthorize("hasAuthority('panel:score')")
    public SheetView sheet(long sheetId) {
        ReviewSheet s = mine(sheetId);
        return view(s, panel(s.getPanelId()), application(s.getApplicationId()), expert(s.getExpertId()));
    }

    /** Saves a draft of the sheet; refused (409) once submitted. */
    @Transactional
    @PreAuthorize("hasAuthority('panel:score')")
    public SheetView saveSheet(long sheetId, SheetCommand c) {
        ReviewSheet s = mine(sheetId);
        requireScoring(s);
        s.save(policies.findById(panel(s.getPanelId()).getPolicyId()).orElseThrow(), c.scores(), c.comment(),
                clock.instant());
        flush(s);
        audit.record(AuditRecord.success("panel.sheet.save", "review_sheet", sheetId, "total=" + s.total()));
        return sheet(sheetId);
    }

    /** Saves and submits the sheet; every criterion must be scored. A submitted sheet is frozen. */
    @Transactional
    @PreAuthorize("hasAuthority('panel:score')")
    public SheetView submitSheet(long sheetId, SheetCommand c) {
        ReviewSheet s = mine(sheetId);
        requireScoring(s);
        SheetPolicy policy = policies.findById(panel(s.getPanelId()).getPolicyId()).orElseThrow();
        if (c != null && c.scores() != null) {
            s.save(policy, c.scores(), c.comment(), clock.instant());
        }
        s.submit(policy, clock.instant());
        flush(s);
        audit.record(AuditRecord.success("panel.sheet.submit", "review_sheet", sheetId, "total=" + s.total()
                + ", scores=" + new java.util.TreeMap<>(s.getScores())));
        ReviewPanel p = panel(s.getPanelId());
        boolean allIn = sheets.findByPanelIdOrderByIdAsc(p.getId()).stream()
                .filter(x -> x.getStatus() != SheetStatus.WITHDRAWN).allMatch(x -> x.getStatus() == SheetStatus.SUBMITTED);
        if (allIn) {
            notifications.notify(ids(accounts.contactsOf(Role.CITY_CAST, null)), "panel.notify.allSheetsIn",
                    List.of(p.getName()), "/panels/" + p.getId());
        }
        return sheet(sheetId);
    }

    /** The expert declares a conflict of interest: the assignment is withdrawn and never made again. */
    @Transactional
    @PreAuthorize("hasAuthority('panel:score')")
    public void declareConflict(long sheetId, String reason) {
        ReviewSheet s = mine(sheetId);
        requireScoring(s);
        s.declareConflict(reason, clock.instant());
        flush(s);
        audit.record(AuditRecord.success("panel.sheet.conflict", "review_sheet", sheetId,
                "application " + s.getApplicationId() + ": " + s.getConflictReason()));
        ReviewPanel p = panel(s.getPanelId());
        notifications.notify(ids(accounts.contactsOf(Role.CITY_CAST, null)), "panel.notify.conflictDeclared",
                List.of(p.getName(), expert(s.getExpertId()).name(), name(application(s.getApplicationId()))),
                "/panels/" + p.getId());
    }

    // ---- the recommended list -------------------------------------------------------------------

    /**
     * Fixes the recommended list: every application of the batch is recommended (→ RECOMMENDED, the
     * panel's result in the city CAST's opinion box) or not (→ REJECTED with the reason). Refused while
     * assigned sheets are missing unless an override reason is given; an application without any
     * submitted sheet cannot be recommended at all.
     */
    @Transactional
    @PreAuthorize("hasAuthority('panel:manage')")
    public void fixList(long panelId, ListCommand c) {
        ReviewPanel p = panel(panelId);
        Versioned.require(p.getVersion(), c.version(), AlreadyHandledException::new);
        PanelView view = get(panelId);
        String override = p.checkList(view.entries(), c); // the panel's own rules: every problem at once
        Map<Long, ListCommand.Decision> decisions = ReviewPanel.decisions(c);
        Actor cityCast = actor();
        Map<Long, PanelEntry> byApplication = entries.findByPanelIdOrderByIdAsc(panelId).stream()
                .collect(Collectors.toMap(PanelEntry::getApplicationId, Function.identity()));
        for (PanelEntryView row : view.entries()) {
            ListCommand.Decision d = decisions.get(row.applicationId());
            Application a = application(row.applicationId());
            String result = result(row.score());
            String reason = d.reason() == null || d.reason().isBlank() ? null : d.reason().strip();
            if (d.recommend()) {
                if (row.score().value() == null) {
                    throw new BusinessRuleException("decisions", "panel.error.noScore", name(row));
                }
                a.recommend(cityCast, zh("panel.opinion.recommend", p.getName(), result,
                        reason == null ? "" : reason), c.sealConfirmed(), clock.instant());
                byApplication.get(a.getId()).decided(PanelOutcome.RECOMMENDED, row.score().value(), reason);
            } else {
                if (reason == null) {
                    throw new BusinessRuleException("decisions", "panel.error.reasonRequired", name(row));
                }
                a.notRecommend(cityCast, zh("panel.opinion.notRecommend", p.getName(), result, reason),
                        c.sealConfirmed(), clock.instant());
                byApplication.get(a.getId()).decided(PanelOutcome.NOT_RECOMMENDED, row.score().value(), reason);
            }
            save(a);
        }
        p.listed(override, clock.instant());
        flush(p);
        audit.record(AuditRecord.success("panel.list", "review_panel", panelId, c.decisions().stream()
                .map(d -> d.applicationId() + "=" + (d.recommend() ? "RECOMMENDED" : "NOT_RECOMMENDED"))
                .collect(Collectors.joining(", ")) + (override == null ? "" : "; override: " + override)));
    }

    /**
     * Submits the recommended list to the city talent office: every RECOMMENDED application of the
     * batch moves to CITY_TALENT_REVIEW. Also used again for applications the office returned.
     */
    @Transactional
    @PreAuthorize("hasAuthority('panel:manage')")
    public int submitList(long panelId, int version, boolean sealConfirmed) {
        ReviewPanel p = panel(panelId);
        Versioned.require(p.getVersion(), version, AlreadyHandledException::new);
        List<Application> recommended = entries.findByPanelIdOrderByIdAsc(panelId).stream()
                .map(e -> application(e.getApplicationId()))
                .filter(a -> a.getStatus() == ApplicationStatus.RECOMMENDED).toList();
        if (p.getStatus() == PanelStatus.SCORING || recommended.isEmpty()) {
            throw ConflictException.of("panel.error.nothingToSubmit");
        }
        Actor cityCast = actor();
        for (Application a : recommended) {
            a.forwardToTalentOffice(cityCast, zh("panel.opinion.forward", p.getName()), sealConfirmed, clock.instant());
            save(a);
        }
        p.submitted(clock.instant());
        flush(p);
        audit.record(AuditRecord.success("panel.submit", "review_panel", panelId,
                "applications=" + recommended.stream().map(Application::getId).toList()));
        notifications.notify(ids(accounts.contactsOf(Role.CITY_TALENT, null)), "panel.notify.listSubmitted",
                List.of(p.getName(), String.valueOf(recommended.size())), "/panels/" + panelId);
        return recommended.size();
    }

    /** A return by the city talent office lands back on the city CAST's list: tell the city CAST. */
    @org.springframework.context.event.EventListener
    void onReviewed(ApplicationReviewed e) {
        if (e.from() == ApplicationStatus.CITY_TALENT_REVIEW && e.to() == ApplicationStatus.RECOMMENDED) {
            notifications.notify(ids(accounts.contactsOf(Role.CITY_CAST, null)), "panel.notify.returnedByTalentOffice",
                    List.of(name(application(e.applicationId()))), "/applications/" + e.applicationId());
        }
    }

    // ---- rules and helpers ----------------------------------------------------------------------

    /** Why {@code e} may not review {@code a}, if they may not: own unit, own society, own team, or a declared conflict. */
    private Optional<PanelConflict> conflict(ExpertView e, Application a) {
        ConflictKind kind = null;
        String declared = null;
        if (e.ownUnit(a.getHostUnitId())) {
            kind = ConflictKind.OWN_UNIT;
        } else if (e.ownSociety(a.getSocietyId())) {
            kind = ConflictKind.OWN_SOCIETY;
        } else if (e.onTeam(team(a)) == TeamMatch.SAME_PERSON) {
            kind = ConflictKind.OWN_TEAM;
        } else if (sheets.existsByExpertIdAndApplicationIdAndStatus(e.id(), a.getId(), SheetStatus.WITHDRAWN)) {
            kind = ConflictKind.DECLARED;
        }
        return kind == null ? Optional.empty()
                : Optional.of(new PanelConflict(e.id(), e.name(), a.getId(), a.getStationName(), kind, declared));
    }

    private static List<TeamPerson> team(Application a) {
        return a.toDraft().expertTeam().stream().map(m -> new TeamPerson(m.name(), m.organisation())).toList();
    }

    private static PanelScore score(List<ReviewSheet> theirs, SheetPolicyView policy) {
        List<BigDecimal> totals = theirs.stream().filter(s -> s.getStatus() == SheetStatus.SUBMITTED)
                .map(ReviewSheet::total).toList();
        int assigned = (int) theirs.stream().filter(s -> s.getStatus() != SheetStatus.WITHDRAWN).count();
        return PanelScore.of(totals, assigned, policy);
    }

    private String result(PanelScore score) {
        if (score.value() == null) {
            return zh("panel.opinion.noScore", score.assigned());
        }
        return zh(score.trimmed() ? "panel.opinion.scoreTrimmed" : "panel.opinion.score", score.submitted(),
                score.assigned(), score.value().toPlainString());
    }

    private void requireCandidate(Application a) {
        if (a.getStatus() != ApplicationStatus.PANEL_REVIEW) {
            throw new BusinessRuleException("applicationIds", "panel.error.notAtPanelReview", name(a));
        }
        if (entries.existsInPanelWithStatus(a.getId(), PanelStatus.SCORING)) {
            throw new BusinessRuleException("applicationIds", "panel.error.alreadyBeforePanel", name(a));
        }
    }

    private void requireScoring(ReviewSheet s) {
        if (s.getStatus() == SheetStatus.SUBMITTED) {
            throw ConflictException.of("panel.error.sheetSubmitted");
        }
        if (panel(s.getPanelId()).getStatus() != PanelStatus.SCORING) {
            throw ConflictException.of("panel.error.state",
                    ConflictException.label(panel(s.getPanelId()).getStatus()));
        }
    }

    private ReviewSheet mine(long sheetId) {
        return sheets.findByIdAndExpertIdAndStatusIn(sheetId, myExpertId(), LIVE)
                .orElseThrow(() -> new NotFoundException("review sheet", sheetId));
    }

    private static long myExpertId() {
        Long id = PlatformUser.current().expertId();
        if (id == null) {
            throw new NotFoundException("expert", "of the signed-in account");
        }
        return id;
    }

    private SheetPolicy currentPolicy() {
        LocalDate today = Beijing.today(clock);
        return policies.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(today)
                .orElseThrow(() -> new BusinessRuleException(null, "panel.error.noPolicy"));
    }

    private ReviewPanel panel(long id) {
        return panels.findById(id).orElseThrow(() -> new NotFoundException("review panel", id));
    }

    private Application application(long id) {
        return applications.findById(id).filter(a -> a.getStatus() != ApplicationStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("application", id));
    }

    private ExpertView expert(long id) {
        return experts.byId(id).orElseThrow(() -> new NotFoundException("expert", id));
    }

    private String societyName(Long id) {
        return id == null ? null : societies.byId(id).map(SocietyView::name).orElse(null);
    }

    private Actor actor() {
        PlatformUser me = PlatformUser.current();
        return new Actor(me.accountId(), me.displayName(),
                messages.getMessage("application.office.CITY_CAST", null, Locale.SIMPLIFIED_CHINESE), me.roles(),
                me.jurisdictionId(), seals.sealFor(Role.CITY_CAST, 0L).orElse(null), me.hostUnitId());
    }

    private String zh(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    private String describe(List<PanelConflict> conflicts) {
        return conflicts.stream().map(c -> c.expertName() + "（" + reason(c) + "）").collect(Collectors.joining("、"));
    }

    private String reason(PanelConflict c) {
        return zh("panel.conflict." + c.kind().name());
    }

    private static String name(Application a) {
        return Objects.requireNonNullElse(a.getStationName(), "#" + a.getId());
    }

    private static String name(PanelEntryView row) {
        return Objects.requireNonNullElse(row.stationName(), "#" + row.applicationId());
    }

    private static List<Long> ids(List<Contact> contacts) {
        return contacts.stream().map(Contact::accountId).toList();
    }

    private SheetView view(ReviewSheet s, ReviewPanel p, Application a, ExpertView e) {
        return new SheetView(s.getId(), p.getId(), p.getName(), a.getId(), a.getStationName(), a.getUnitName(),
                s.getExpertId(), e.name(), s.getStatus(), new java.util.TreeMap<>(s.getScores()), s.total(),
                s.getComment(), s.getConflictReason(), s.getSavedAt(), s.getSubmittedAt(), s.getVersion());
    }

    private static SheetPolicyView view(SheetPolicy p) {
        return new SheetPolicyView(p.getId(), p.getName(), p.getEffectiveFrom(), p.getCriteria().stream()
                .map(c -> new SheetCriterion(c.getCode(), c.getNameZh(), c.getNameEn(), c.getMaxPoints())).toList(),
                p.isTrimExtremes(), p.getTrimMinSheets(), p.getScoreDecimals(), p.getResultDecimals());
    }

    private void flush(ReviewSheet s) {
        try {
            sheets.saveAndFlush(s);
        } catch (OptimisticLockingFailureException e) {
            throw new AlreadyHandledException();
        }
    }

    private void flush(ReviewPanel p) {
        try {
            panels.saveAndFlush(p);
        } catch (OptimisticLockingFailureException e) {
            throw new AlreadyHandledException();
        }
    }

    private void save(Application a) {
        try {
            applications.saveAndFlush(a);
        } catch (OptimisticLockingFailureException e) {
            throw new AlreadyHandledException();
        }
    }
}
