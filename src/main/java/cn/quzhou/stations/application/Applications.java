package cn.quzhou.stations.application;

import cn.quzhou.stations.shared.OpenEntry;
import cn.quzhou.stations.shared.Versioned;

import cn.quzhou.stations.shared.BusinessCounters;
import cn.quzhou.stations.application.internal.Actor;
import cn.quzhou.stations.application.internal.Application;
import cn.quzhou.stations.application.internal.ApplicationList;
import cn.quzhou.stations.application.internal.ApplicationPolicies;
import cn.quzhou.stations.application.internal.ApplicationRepository;
import cn.quzhou.stations.application.notice.WorkingDays;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.audit.Changes;
import cn.quzhou.stations.documents.FileStore;
import cn.quzhou.stations.documents.StoredFile;
import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.HostUnitView;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.JurisdictionKind;
import cn.quzhou.stations.organisation.JurisdictionView;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.SocietyView;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申报与认定 — drafting, submitting and reviewing applications (Art. 3, Art. 5). Every read goes
 * through the signed-in user's data scope; drafts are private to their unit (and to the staff member
 * who enters a paper application).
 */
@Service
@Transactional(readOnly = true)
public class Applications {

    private final ApplicationRepository applications;
    private final HostUnits units;
    private final Societies societies;
    private final Jurisdictions jurisdictions;
    private final ApplicationAttachments attachments;
    private final FileStore files;
    private final OfficeSeals seals;
    private final ApplicationPolicies policies;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationList list;

    private final BusinessCounters counters;

    Applications(ApplicationRepository applications, HostUnits units, Societies societies, Jurisdictions jurisdictions,
                 ApplicationAttachments attachments, FileStore files, OfficeSeals seals, ApplicationPolicies policies,
                 MessageSource messages, AuditLog audit, Clock clock, ApplicationList list, BusinessCounters counters) {
        this.list = list;
        this.counters = counters;
        this.policies = policies;
        this.files = files;
        this.seals = seals;
        this.applications = applications;
        this.units = units;
        this.societies = societies;
        this.jurisdictions = jurisdictions;
        this.attachments = attachments;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the applications the signed-in user may see, searched, filtered and sorted as asked. */
    @PreAuthorize("hasAuthority('application:read')")
    public Paged<ApplicationSummary> page(ListRequest request, ApplicationFilter filter) {
        Map<Long, String> names = jurisdictionNames();
        return list.page(PlatformUser.current(), filter, request.resolve(ApplicationList.SORTS))
                .map(r -> summary(r, names));
    }

    /** Every row the same list would show, in its order, handed to {@code each} as read (the Excel export). */
    @PreAuthorize("hasAuthority('application:read')")
    public void export(ListRequest request, ApplicationFilter filter, java.util.function.Consumer<ApplicationSummary> each) {
        Map<Long, String> names = jurisdictionNames();
        list.export(PlatformUser.current(), filter, request.resolve(ApplicationList.SORTS).everything(),
                r -> each.accept(summary(r, names)));
    }

    private static ApplicationSummary summary(ApplicationList.Row r, Map<Long, String> jurisdictionNames) {
        return new ApplicationSummary(r.id(), r.stationName(), r.unitName(), r.societyName(), r.jurisdictionId(),
                jurisdictionNames.get(r.jurisdictionId()), r.level(), r.status(), r.paper(), r.flagged(),
                r.submittedAt(), r.updatedAt());
    }

    private Map<Long, String> jurisdictionNames() {
        return jurisdictions.list().stream().collect(Collectors.toMap(JurisdictionView::id, JurisdictionView::name));
    }

    @PreAuthorize("hasAuthority('application:read')")
    public ApplicationView get(long id) {
        return view(visible(id), PlatformUser.current());
    }

    /** The application for its edit form: only while the signed-in user may edit it; otherwise not found. */
    @PreAuthorize("hasAnyAuthority('application:draft', 'application:enter-paper')")
    public ApplicationView editable(long id) {
        ApplicationView view = get(id);
        if (!view.canEdit()) {
            throw new NotFoundException("application", id);
        }
        return view;
    }

    /** A new form, pre-filled from the signed-in applicant's unit registration. */
    @PreAuthorize("hasAuthority('application:draft')")
    public ApplicationDraft prefill() {
        return prefillFrom(ownUnit(), defaultCooperationYears());
    }

    @PreAuthorize("hasAuthority('application:enter-paper')")
    public ApplicationDraft prefillFor(long hostUnitId) {
        return prefillFrom(unitInScope(hostUnitId), defaultCooperationYears());
    }

    /** The cooperation period in principle under the policy in force today (Art. 3(2)). */
    @OpenEntry(value = OpenEntry.Audience.NO_RECORD, why = "a number of the policy in force, prefilled in a form")
    public int defaultCooperationYears() {
        return policies.defaultCooperationYears(java.time.LocalDate.now(clock));
    }

    @Transactional
    @PreAuthorize("hasAuthority('application:draft')")
    public long startDraft(ApplicationDraft draft) {
        return start(ownUnit(), draft, null);
    }

    /**
     * A draft started and answered as {@link #get} reads it, in the same transaction: the API's answer to a create,
     * so that a 2xx is never lost after a commit and a 5xx never hides one (issue #13).
     */
    @Transactional
    @PreAuthorize("hasAuthority('application:draft')")
    public ApplicationView startDraftAnswered(ApplicationDraft draft) {
        return get(startDraft(draft));
    }

    /** A paper application entered on a unit's behalf, answered as {@link #get} reads it, in the same transaction. */
    @Transactional
    @PreAuthorize("hasAuthority('application:enter-paper')")
    public ApplicationView startPaperDraftAnswered(long hostUnitId, ApplicationDraft draft) {
        return get(startPaperDraft(hostUnitId, draft));
    }

    /** {@link #submit} answered with the application as it now is, read in the same transaction. */
    @Transactional
    @PreAuthorize("hasAnyAuthority('application:draft', 'application:enter-paper')")
    public ApplicationView submitAnswered(long id, int version) {
        submit(id, version);
        return get(id);
    }

    /** {@link #decide} answered with the application as it now is, read in the same transaction. */
    @Transactional
    @PreAuthorize("hasAuthority('application:review')")
    public ApplicationView decideAnswered(long id, ReviewCommand command) {
        decide(id, command);
        return get(id);
    }

    /** Staff enter a paper application on a unit's behalf; it is marked as paper throughout. */
    @Transactional
    @PreAuthorize("hasAuthority('application:enter-paper')")
    public long startPaperDraft(long hostUnitId, ApplicationDraft draft) {
        return start(unitInScope(hostUnitId), draft, PlatformUser.current().getUsername());
    }

    @Transactional
    @PreAuthorize("hasAnyAuthority('application:draft', 'application:enter-paper')")
    public int saveDraft(long id, int version, ApplicationDraft draft) {
        Application a = editable(id, version);
        ApplicationDraft before = a.toDraft();
        a.edit(draft, clock.instant());
        a.copyNames(units.byId(a.getHostUnitId()).map(HostUnitView::name).orElse(a.getUnitName()),
                societyName(a.getSocietyId()));
        flush(a);
        audit.record(AuditRecord.success("application.save", "application", id,
                Changes.between(before, a.toDraft(), ApplicationDraft.PERSONAL)));
        return a.getVersion();
    }

    /**
     * What would stop {@code draft} from being submitted, asked before it is saved: a form with format errors is not
     * saved, and submitting it must still report every empty required box in the same round (issue #14 item 2).
     * {@code id}: the application being edited (its agreement counts), or null for a new one.
     */
    @PreAuthorize("hasAnyAuthority('application:draft', 'application:enter-paper')")
    public List<FieldProblem> submitProblems(Long id, ApplicationDraft draft) {
        boolean agreement = id != null && attachments.hasAgreement(visible(id).getId());
        SocietyLevel societyLevel = draft.societyId() == null ? null
                : societies.byId(draft.societyId()).map(SocietyView::level).orElse(null);
        return new cn.quzhou.stations.application.internal.Completeness(draft, societyLevel, agreement,
                defaultCooperationYears()).problems();
    }

    /**
     * Art. 3(6) asked while the form is filled in: does {@code societyId} already have a station (a recognised
     * application) or an application in the race in the city? Only yes or no — the applicant learns nothing of the
     * other unit or its stage; reviewers read those on the application ({@link ApplicationView#societyConflicts}).
     * {@code exceptId}: the application being edited, left out — only if the signed-in user may see it.
     */
    @PreAuthorize("hasAnyAuthority('application:draft', 'application:enter-paper')")
    public boolean societyTaken(Long societyId, Long exceptId) {
        if (societyId == null) {
            return false;
        }
        long except = exceptId == null ? -1 : visible(exceptId).getId();
        return applications.findBySocietyIdAndIdNot(societyId, except).stream().anyMatch(Applications::contends);
    }

    /** Submits a draft, or resubmits one returned for amendment to the step that returned it. */
    @Transactional
    @PreAuthorize("hasAnyAuthority('application:draft', 'application:enter-paper')")
    public void submit(long id, int version) {
        Application a = editable(id, version);
        ApplicationStatus before = a.getStatus();
        Actor applicant = applicantActor(a);
        SocietyLevel societyLevel = a.getSocietyId() == null ? null
                : societies.byId(a.getSocietyId()).map(SocietyView::level).orElse(null);
        boolean agreement = attachments.hasAgreement(id);
        int cooperationYears = policies.defaultCooperationYears(java.time.LocalDate.now(clock));
        if (before == ApplicationStatus.RETURNED) {
            a.resubmit(applicant, societyLevel, agreement, cooperationYears, clock.instant());
        } else {
            a.submit(applicant, societyLevel, agreement, cooperationYears, clock.instant());
        }
        flush(a);
        audit.record(AuditRecord.success("application.submit", "application", id, before + " → " + a.getStatus()));
        counters.countOnCommit(BusinessCounters.APPLICATIONS_SUBMITTED);
    }

    /**
     * 撤回: the unit (or the staff member who entered the paper form) takes a submitted application back as a draft,
     * while the first review step has not decided it; anyone else gets not found.
     */
    @Transactional
    @PreAuthorize("hasAnyAuthority('application:draft', 'application:enter-paper')")
    public void withdraw(long id, int version) {
        Application a = owned(id);
        requireVersion(a, version);
        ApplicationStatus before = a.getStatus();
        a.withdraw(applicantActor(a), clock.instant());
        flush(a);
        audit.record(AuditRecord.success("application.withdraw", "application", id, before + " → " + a.getStatus()));
    }

    /**
     * Deletes a draft that was never submitted, with its attachment rows and team (the files stay in the
     * content-addressed store); anyone but its unit or the staff member who entered it gets not found.
     */
    @Transactional
    @PreAuthorize("hasAnyAuthority('application:draft', 'application:enter-paper')")
    public void delete(long id, int version) {
        Application a = owned(id);
        requireVersion(a, version);
        a.requireDeletable();
        String name = a.getStationName();
        attachments.deleteAll(id);
        applications.delete(a);
        applications.flush();
        audit.record(AuditRecord.success("application.delete", "application", id,
                "unit=" + a.getHostUnitId() + (name == null ? "" : ", " + name)));
    }

    @Transactional
    @PreAuthorize("hasAuthority('application:review')")
    public void decide(long id, ReviewCommand command) {
        Application a = visible(id);
        requireVersion(a, command.version());
        PlatformUser me = PlatformUser.current();
        ApplicationStatus before = a.getStatus();
        java.util.UUID seal = before.reviewer() == null ? null
                : seals.sealFor(before.reviewer(), a.getJurisdictionId()).orElse(null);
        Actor reviewer = new Actor(me.accountId(), me.displayName(), office(before, a.getJurisdictionId()), me.roles(),
                me.jurisdictionId(), seal, me.hostUnitId());
        a.decide(reviewer, command.decision(), command.opinion(), command.sealConfirmed(), clock.instant());
        flush(a);
        audit.record(AuditRecord.success("application.review", "application", id,
                command.decision() + ": " + before + " → " + a.getStatus()));
    }

    /** Adds an attachment while the application may still be edited; the file's kind is judged by its content. */
    @Transactional
    @PreAuthorize("hasAnyAuthority('application:draft', 'application:enter-paper')")
    public AttachmentView attach(long id, AttachmentKind kind, String fileName, java.io.InputStream content) {
        Application a = visible(id);
        if (!mayEdit(a, PlatformUser.current())) {
            throw new NotFoundException("application", id);
        }
        StoredFile file = files.store(fileName, content, FileStore.ANY);
        long attachmentId = attachments.add(id, kind, file, PlatformUser.current().getUsername(), clock.instant());
        audit.record(AuditRecord.success("application.attach", "application", id,
                kind + ": " + file.name() + " (" + file.kind() + ", " + file.size() + " B, sha256 " + file.sha256() + ")"));
        return attachments.find(id, attachmentId).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasAnyAuthority('application:draft', 'application:enter-paper')")
    public void removeAttachment(long id, long attachmentId) {
        Application a = visible(id);
        if (!mayEdit(a, PlatformUser.current()) || !attachments.remove(id, attachmentId, clock.instant())) {
            throw new NotFoundException("attachment", attachmentId);
        }
        audit.record(AuditRecord.success("application.detach", "application", id, "attachment " + attachmentId));
    }

    /** An attachment's file, for whoever may see the application; anyone else gets not found. */
    @PreAuthorize("hasAuthority('application:read')")
    public Download download(long id, long attachmentId) {
        visible(id);
        AttachmentView attachment = attachments.find(id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return new Download(files.describe(attachment.fileId()), files.open(attachment.fileId()));
    }

    /** A file and its open content, to be streamed and closed by the caller. */
    public record Download(StoredFile file, java.io.InputStream content) {
    }

    /** How many applications wait at each step the signed-in user decides, within their scope: one grouped count. */
    public Map<ApplicationStatus, Long> waitingFor(PlatformUser user) {
        return list.countByStatus(user, java.util.Arrays.stream(ApplicationStatus.values())
                .filter(s -> s.reviewer() != null && user.has(s.reviewer())).toList());
    }

    /**
     * The review queues of {@link #waitingFor}, with the oldest item's day and how many are overdue on {@code today}:
     * an item is due {@code workingDays} working days after it reached the step.
     */
    public List<ReviewQueue> queuesFor(PlatformUser user, LocalDate today, WorkingDays days, int workingDays) {
        return list.queues(user, java.util.Arrays.stream(ApplicationStatus.values())
                .filter(s -> s.reviewer() != null && user.has(s.reviewer())).toList(),
                days.earliestOnTime(today, workingDays));
    }

    /**
     * The signed-in applicant's own drafts and returned applications, one grouped statement: how many at each and the
     * day of the oldest one's last change. Nothing is overdue: applications are taken all year and a returned one has
     * no resubmission period (Art. 5 sets neither).
     */
    public List<ReviewQueue> ownOpen(PlatformUser user) {
        return list.queues(user, List.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED), LocalDate.EPOCH);
    }

    private long start(HostUnitView unit, ApplicationDraft draft, String enteredBy) {
        Application a = new Application(unit.id(), unit.jurisdictionId(),
                unit.jurisdictionKind() == JurisdictionKind.CITY_DIRECT, draft, enteredBy, clock.instant());
        a.copyNames(unit.name(), societyName(a.getSocietyId()));
        long id = applications.saveAndFlush(a).getId();
        audit.record(AuditRecord.success(enteredBy == null ? "application.create" : "application.createPaper",
                "application", id, "unit=" + unit.id()));
        return id;
    }

    /**
     * Two people acting on the same version: the loser hits either the version check or the unique
     * (application, seq) of the opinion boxes, whichever the database meets first. Both mean the same.
     */
    private void flush(Application a) {
        try {
            applications.saveAndFlush(a);
        } catch (OptimisticLockingFailureException e) {
            throw new AlreadyHandledException();
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains("application_review_application_id_seq_key")) {
                throw new AlreadyHandledException();
            }
            throw e;
        }
    }

    /** The applicant's side of an opinion box: the signed-in person, in the unit's name. */
    private Actor applicantActor(Application a) {
        PlatformUser me = PlatformUser.current();
        return new Actor(me.accountId(), me.displayName(),
                a.getUnitName() == null ? units.byId(a.getHostUnitId()).orElseThrow().name() : a.getUnitName(),
                me.roles(), me.jurisdictionId(), null, me.hostUnitId());
    }

    /** An application the signed-in user acts on as its applicant; anyone else gets not found. */
    private Application owned(long id) {
        Application a = visible(id);
        if (!owns(a, PlatformUser.current())) {
            throw new NotFoundException("application", id);
        }
        return a;
    }

    private void requireVersion(Application a, int version) {
        Versioned.require(a.getVersion(), version, AlreadyHandledException::new);
    }

    private Application editable(long id, int version) {
        Application a = visible(id);
        if (!mayEdit(a, PlatformUser.current())) {
            throw new NotFoundException("application", id);
        }
        requireVersion(a, version);
        return a;
    }

    /** The unit's own applicant edits; staff edit only the paper applications they entered. */
    private static boolean mayEdit(Application a, PlatformUser user) {
        return a.getStatus().editableByApplicant() && owns(a, user);
    }

    /** The unit's own applicant, or for a paper application the staff member who entered it. */
    private static boolean owns(Application a, PlatformUser user) {
        if (a.isPaper()) {
            return user.getUsername().equals(a.getEnteredBy()) || user.can("application:draft")
                    && user.hostUnitId() != null && user.hostUnitId() == a.getHostUnitId();
        }
        return user.can("application:draft") && user.hostUnitId() != null && user.hostUnitId() == a.getHostUnitId();
    }

    /** The applicant unit's own data, and the staff member who typed in the paper form, are not masked. */
    private static boolean seesPersonalData(Application a, PlatformUser user) {
        return user.hostUnitId() != null && user.hostUnitId() == a.getHostUnitId()
                || user.getUsername().equals(a.getEnteredBy());
    }

    /**
     * One personal data field of an application in full (the "显示" next to a masked value), for the reviewing
     * offices only; every reveal is audited (which field, never the value). Others are refused (403, audited).
     */
    @Transactional
    @PreAuthorize("hasAuthority('personal:reveal')")
    public String reveal(long id, String field) {
        if (!ApplicationDraft.PERSONAL.contains(field)) {
            throw new NotFoundException("field", field);
        }
        String value = visible(id).toDraft().personal(field);
        audit.record(AuditRecord.success("personal.reveal", "application", id, field));
        return value;
    }

    /**
     * The responsible person's phone of an application, in full, for the station module opening the station's record
     * in the recognition's own transaction (no permission check; the event it reacts to carries no contact data).
     */
    public String responsiblePhoneOf(long applicationId) {
        return applications.findById(applicationId).map(a -> a.toDraft().responsiblePhone()).orElse(null);
    }

    private Application visible(long id) {
        return applications.findOne(visibleTo(PlatformUser.current()).and((r, q, cb) -> cb.equal(r.get("id"), id)))
                .orElseThrow(() -> new NotFoundException("application", id));
    }

    /**
     * The data scope for applications: the unit sees its own (drafts included); county offices their
     * jurisdiction's and city offices all — submitted ones, plus paper drafts they entered themselves.
     */
    static Specification<Application> visibleTo(PlatformUser user) {
        Specification<Application> byScope = byScope(user);
        return user.has(Role.EXPERT) && user.expertId() != null
                ? byScope.or(cn.quzhou.stations.application.internal.AssignedApplications.of(user.expertId()))
                : byScope;
    }

    /** A panel expert sees, besides their own scope, only the applications assigned to them (see ReviewPanels). */
    private static Specification<Application> byScope(PlatformUser user) {
        DataScope scope = user.scope();
        Specification<Application> inScope = scope.specification("jurisdictionId", "hostUnitId");
        if (scope instanceof DataScope.OfUnit) {
            return inScope;
        }
        String me = user.getUsername();
        Specification<Application> notPrivate = (r, q, cb) -> cb.or(
                cb.notEqual(r.get("status"), ApplicationStatus.DRAFT), cb.equal(r.get("enteredBy"), me));
        return notPrivate.and(inScope);
    }

    private String societyName(Long societyId) {
        return societyId == null ? null : societies.byId(societyId).map(SocietyView::name).orElse(null);
    }

    private HostUnitView ownUnit() {
        Long unitId = PlatformUser.current().hostUnitId();
        if (unitId == null) {
            throw new BusinessRuleException(null, "application.error.noUnit");
        }
        return units.byId(unitId).orElseThrow(() -> new NotFoundException("host unit", unitId));
    }

    private HostUnitView unitInScope(long hostUnitId) {
        return units.get(hostUnitId);
    }

    private static ApplicationDraft prefillFrom(HostUnitView u, int cooperationYears) {
        return new ApplicationDraft(null, u.legalRepresentative(), null, u.name(), u.address(), u.postcode(), null,
                null, null, null, null, null, null, u.nature(), u.natureOther(), u.businessFields(),
                u.businessFieldOther(), null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, cooperationYears, null, null, null, null, false, false, false,
                List.of());
    }

    private String office(ApplicationStatus step, long jurisdictionId) {
        Role role = step.reviewer();
        if (role == null) {
            throw new IllegalTransitionException(step, ReviewDecision.PASS);
        }
        JurisdictionView j = jurisdictions.get(jurisdictionId);
        String key = "application.office." + role.name() + (step.countyStep() ? "." + j.kind().name() : "");
        return messages.getMessage(key, new Object[] {j.name()}, Locale.SIMPLIFIED_CHINESE);
    }

    private List<SocietyConflict> conflicts(Application a) {
        if (a.getSocietyId() == null || a.getStatus() == ApplicationStatus.DRAFT) {
            return List.of();
        }
        return applications.findBySocietyIdAndIdNot(a.getSocietyId(), a.getId()).stream()
                .filter(Applications::contends)
                .map(o -> new SocietyConflict(o.getId(), o.getStationName(), o.getUnitName(), o.getStatus(),
                        o.getStatus() == ApplicationStatus.RECOGNISED || progress(o) > progress(a)))
                .toList();
    }

    /** Art. 3(6): an application that is the society's station in the city, or still in the race to become it. */
    private static boolean contends(Application o) {
        return o.getStatus().active() || o.getStatus() == ApplicationStatus.RECOGNISED;
    }

    /** How far along the route a status is; a returned application counts at the step it left. */
    private static int progress(Application a) {
        ApplicationStatus at = a.getStatus() == ApplicationStatus.RETURNED ? a.getReturnedFrom() : a.getStatus();
        return at.ordinal();
    }

    private ApplicationView view(Application a, PlatformUser user) {
        HostUnitView unit = units.byId(a.getHostUnitId()).orElseThrow();
        String societyName = a.getSocietyId() == null ? null
                : societies.byId(a.getSocietyId()).map(SocietyView::name).orElse(null);
        Role stepRole = a.getStatus().reviewer();
        boolean canReview = stepRole != null && user.has(stepRole) && user.can("application:review")
                && (!a.getStatus().countyStep() || Long.valueOf(a.getJurisdictionId()).equals(user.jurisdictionId()));
        List<ReviewView> reviews = a.getReviews().stream().map(r -> new ReviewView(r.getSeq(), r.getStep(),
                r.getDecision(), r.getOffice(), r.getReviewerName(), r.getOpinion(), r.isSealConfirmed(),
                r.getSealFileId(), r.getDecidedAt())).toList();
        boolean full = seesPersonalData(a, user);
        List<SocietyConflict> conflicts = conflicts(a);
        // Art. 3(6): the other units and their stages are for the reviewing offices; everyone else learns only yes/no
        List<SocietyConflict> shown = user.can("application:review") ? conflicts : List.of();
        return new ApplicationView(a.getId(), a.getHostUnitId(), unit.creditCode(), unit.jurisdictionName(),
                a.isCityDirect(), a.getStatus(), a.getReturnedFrom(), a.isPaper(), a.getEnteredBy(), societyName,
                full ? a.toDraft() : a.toDraft().masked(), reviews, attachments.current(a.getId()), shown,
                !conflicts.isEmpty(), a.getSubmittedAt(), a.getVersion(), mayEdit(a, user), canReview, !full,
                a.withdrawable() && owns(a, user));
    }

}
