package cn.quzhou.stations.application.notice;

import cn.quzhou.stations.application.AlreadyHandledException;
import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.application.IllegalTransitionException;
import cn.quzhou.stations.application.OfficeSeals;
import cn.quzhou.stations.application.ReviewDecision;
import cn.quzhou.stations.shared.OpenEntry;
import cn.quzhou.stations.shared.Versioned;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.application.internal.Actor;
import cn.quzhou.stations.application.internal.Application;
import cn.quzhou.stations.application.internal.ApplicationRepository;
import cn.quzhou.stations.application.notice.internal.NoticeItem;
import cn.quzhou.stations.application.notice.internal.NoticeList;
import cn.quzhou.stations.application.notice.internal.Objection;
import cn.quzhou.stations.application.notice.internal.ObjectionRepository;
import cn.quzhou.stations.application.notice.internal.PublicNotice;
import cn.quzhou.stations.application.notice.internal.PublicNoticeRepository;
import cn.quzhou.stations.application.notice.internal.ReceiptNumbers;
import cn.quzhou.stations.application.recognition.internal.Recognition;
import cn.quzhou.stations.application.recognition.internal.RecognitionRepository;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.documents.FileStore;
import cn.quzhou.stations.documents.StoredFile;
import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.organisation.HostUnitView;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.organisation.SocietyView;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.shared.Paged;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公示 (Art. 5(2)-(3)): the city CAST opens a notice for applications in PUBLIC_NOTICE; anyone may
 * object on the public page while it runs; the city CAST resolves each objection (upheld → the
 * application FAILS, dismissed → it continues). Dates are Beijing dates, start and end inclusive.
 */
@Service
@Transactional(readOnly = true)
public class PublicNotices {

    static final String DEFAULT_TITLE = "衢州市全国（省级）学会服务站拟认定名单公示";

    private final ApplicationRepository applications;
    private final PublicNoticeRepository notices;
    private final ObjectionRepository objections;
    private final RecognitionRepository recognitions;
    private final WorkingCalendar calendar;
    private final HostUnits units;
    private final Societies societies;
    private final FileStore files;
    private final OfficeSeals seals;
    private final Accounts accounts;
    private final Notifications notifications;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final int objectionsPerHour;
    private final cn.quzhou.stations.application.internal.TodoCounts todoCounts;
    private final NoticeList noticeList;

    PublicNotices(ApplicationRepository applications, PublicNoticeRepository notices, ObjectionRepository objections,
                  RecognitionRepository recognitions, WorkingCalendar calendar, HostUnits units, Societies societies,
                  FileStore files, OfficeSeals seals, Accounts accounts, Notifications notifications, MessageSource messages,
                  AuditLog audit, Clock clock,
                  @Value("${platform.notice.objections-per-hour:5}") int objectionsPerHour,
                  cn.quzhou.stations.application.internal.TodoCounts todoCounts, NoticeList noticeList) {
        this.todoCounts = todoCounts;
        this.noticeList = noticeList;
        this.applications = applications;
        this.notices = notices;
        this.objections = objections;
        this.recognitions = recognitions;
        this.calendar = calendar;
        this.units = units;
        this.societies = societies;
        this.files = files;
        this.seals = seals;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.objectionsPerHour = objectionsPerHour;
    }

    /** Today in Beijing. */
    public LocalDate today() {
        return Beijing.today(clock);
    }

    /** Applications in PUBLIC_NOTICE that no notice lists yet. */
    @PreAuthorize("hasAuthority('notice:manage')")
    public List<NoticeCandidate> candidates() {
        return applications.findAllById(notices.candidateIds()).stream()
                .sorted(java.util.Comparator.comparing(Application::getId))
                .map(a -> new NoticeCandidate(a.getId(), a.getStationName(), unitName(a), societyName(a), a.getLevel()))
                .toList();
    }

    /** Starts on the next working day and lasts the policy's number of working days (inclusive). */
    @PreAuthorize("hasAuthority('notice:manage')")
    public NoticeDefaults defaults() {
        WorkingDays days = calendar.workingDays();
        LocalDate start = days.addWorkingDays(today(), 1);
        int length = calendar.noticeLength(start);
        return new NoticeDefaults(start, days.lastDayOf(start, length), length);
    }

    @Transactional
    @PreAuthorize("hasAuthority('notice:manage')")
    public long open(OpenNoticeCommand c) {
        List<Long> ids = c.applicationIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(c.applicationIds()));
        if (ids.isEmpty()) {
            throw new BusinessRuleException("applicationIds", "notice.error.noStations");
        }
        WorkingDays days = calendar.workingDays();
        LocalDate start = c.startDate() != null ? c.startDate() : days.addWorkingDays(today(), 1);
        LocalDate end = c.endDate() != null ? c.endDate() : days.lastDayOf(start, calendar.noticeLength(start));
        if (start.isBefore(today())) {
            throw new BusinessRuleException("startDate", "notice.error.startPast");
        }
        if (end.isBefore(start)) {
            throw new BusinessRuleException("endDate", "notice.error.endBeforeStart");
        }
        List<NoticeItem> items = ids.stream().map(id -> {
            Application a = applications.findById(id).orElseThrow(() -> new NotFoundException("application", id));
            if (a.getStatus() != ApplicationStatus.PUBLIC_NOTICE || notices.noticed(id)) {
                throw ConflictException.onField("applicationIds", "notice.error.notCandidate", String.valueOf(a.getStationName()));
            }
            String fields = a.getBusinessFields().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            return new NoticeItem(id, a.getStationName(), unitName(a), societyName(a), a.getLevel(), fields);
        }).toList();
        String title = c.title() == null || c.title().isBlank() ? DEFAULT_TITLE : c.title().strip();
        String number = c.number() == null || c.number().isBlank() ? null : c.number().strip();
        PublicNotice notice;
        try {
            notice = notices.saveAndFlush(new PublicNotice(title, number, start, end, items,
                    PlatformUser.current().getUsername(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new AlreadyHandledException();
        }
        audit.record(AuditRecord.success("notice.open", "public_notice", notice.getId(),
                start + " – " + end + ", applications " + ids));
        return notice.getId();
    }

    /**
     * The notice and recognition 待办 of the city CAST and the city talent office (candidates, ended notices, the joint
     * document to confirm or prepare again), each with the day its oldest item began to wait: one statement.
     */
    @PreAuthorize("hasAuthority('notice:manage') or hasAuthority('notice:confirm')")
    public NoticeWork openWork() {
        return todoCounts.notices(today());
    }

    /** The open objections as a 待办 line in one statement: each waits from its receipt (see {@link TodoDeadlines}). */
    @PreAuthorize("hasAuthority('notice:manage')")
    public TodoDeadlines.Waiting objectionsWaiting(java.time.LocalDate overdueBefore) {
        return todoCounts.objectionsWaiting(overdueBefore);
    }

    /** One page of every notice (the city's own business: no data scope), searched, filtered and sorted as asked. */
    @PreAuthorize("hasAuthority('notice:read')")
    public Paged<NoticeSummary> page(ListRequest request, NoticeFilter filter) {
        LocalDate today = today();
        return noticeList.page(filter, today, request.resolve(NoticeList.SORTS)).map(r -> summary(r, today));
    }

    /** Every row the same list would show, in its order, handed to {@code each} as read (the Excel export). */
    @PreAuthorize("hasAuthority('notice:read')")
    public void export(ListRequest request, NoticeFilter filter, Consumer<NoticeSummary> each) {
        LocalDate today = today();
        noticeList.export(filter, today, request.resolve(NoticeList.SORTS).everything(), r -> each.accept(summary(r, today)));
    }

    /** A notice with its stations but without its objections: those are paged ({@link #objections}). */
    @PreAuthorize("hasAuthority('notice:read')")
    public NoticeView header(long id) {
        return view(notices.findById(id).orElseThrow(() -> new NotFoundException("notice", id)), false);
    }

    /**
     * One page of a notice's objections, by status if asked, searched on the objector, the content and the station.
     * The objector's contact is masked here, so the page and the API show it alike (135****0000).
     */
    @PreAuthorize("hasAuthority('notice:read')")
    public Paged<ObjectionView> objections(long noticeId, ListRequest request, ObjectionStatus status) {
        return noticeList.objections(noticeId, status, request.resolve(NoticeList.OBJECTION_SORTS))
                .map(o -> new ObjectionView(o.id(), o.noticeId(), o.applicationId(), o.stationName(), o.name(),
                        cn.quzhou.stations.shared.Masks.mask(o.contact()), o.content(), o.fileName(), o.receivedAt(),
                        o.status(), o.resolution(), o.resolvedBy(), o.resolvedAt(), o.version()));
    }

    @PreAuthorize("hasAuthority('notice:read')")
    public NoticeView get(long id) {
        return view(notices.findById(id).orElseThrow(() -> new NotFoundException("notice", id)), true);
    }

    /**
     * One page of the notices running today, for the public page and the public JSON list (no personal data): one
     * statement for the page, one for the total, one for the stations of the page's notices.
     */
    @OpenEntry(value = OpenEntry.Audience.PUBLIC, why = "the public list of running notices, no personal data")
    public Paged<PublicNoticeView> runningPage(ListRequest request, Integer year) {
        Paged<NoticeList.PublicRow> page = noticeList.running(year, today(), request.resolve(NoticeList.SORTS));
        Map<Long, List<NoticeList.NoticeItemRow>> items = noticeList.items(page.items().stream()
                .map(NoticeList.PublicRow::id).toList());
        return page.map(n -> new PublicNoticeView(n.id(), n.title(), n.number(), n.startDate(), n.endDate(),
                items.getOrDefault(n.id(), List.of()).stream().map(i -> new NoticeStation(i.applicationId(),
                        i.stationName(), i.unitName(), i.societyName(), i.level(), fields(i.businessFields()), null))
                        .toList()));
    }

    private static NoticeSummary summary(NoticeList.Row r, LocalDate today) {
        NoticeState state = today.isBefore(r.startDate()) ? NoticeState.UPCOMING
                : today.isAfter(r.endDate()) ? NoticeState.ENDED : NoticeState.OPEN;
        return new NoticeSummary(r.id(), r.title(), r.number(), r.startDate(), r.endDate(), r.openedAt(), r.stations(),
                r.openObjections(), state, r.recognitionId(), r.recognitionNumber());
    }

    /**
     * Files an objection from the public page (no sign-in). A filled honeypot is accepted and dropped
     * ({@code false}); more than {@code platform.notice.objections-per-hour} from one address within
     * an hour is refused ({@link TooManyObjectionsException}).
     *
     * @param fileName, file an optional attachment (PDF, JPEG, PNG or DOCX); {@code file} may be null
     * @return the receipt number (回执号) to show the objector; a dropped one gets one too, so a bot learns nothing, but
     *         no look-up ever finds it
     */
    @Transactional
    @OpenEntry(value = OpenEntry.Audience.PUBLIC, why = "the public objection to a running notice")
    public String object(ObjectionCommand c, String fileName, InputStream file, String clientIp) {
        String ip = clientIp == null ? "unknown" : clientIp;
        if (c.website() != null && !c.website().isBlank()) {
            audit.record(new AuditRecord("public", "notice.objection.dropped", "public_notice",
                    String.valueOf(c.noticeId()), AuditOutcome.SUCCESS, "honeypot filled, from " + ip));
            return ReceiptNumbers.next(today().getYear());
        }
        if (objections.countByClientIpAndReceivedAtAfter(ip, clock.instant().minus(Duration.ofHours(1))) >= objectionsPerHour) {
            throw new TooManyObjectionsException();
        }
        PublicNotice notice = notices.findOpenOn(today()).stream()
                .filter(n -> c.noticeId() == null || n.getId().equals(c.noticeId()))
                .filter(n -> n.lists(c.applicationId())).findFirst()
                .orElseThrow(() -> new BusinessRuleException("applicationId", "notice.error.closed"));
        StoredFile stored = file == null ? null : files.store(fileName, file, FileStore.ANY);
        Objection o = objections.save(new Objection(notice.getId(), c.applicationId(), c.name().strip(),
                c.contact().strip(), c.content().strip(), stored == null ? null : stored.id(),
                stored == null ? null : stored.name(), ip, clock.instant(), ReceiptNumbers.next(today().getYear())));
        audit.record(new AuditRecord("public", "notice.objection", "notice_objection", String.valueOf(o.getId()),
                AuditOutcome.SUCCESS, "notice " + notice.getId() + ", application " + c.applicationId()
                        + (stored == null ? "" : ", file " + stored.sha256())));
        String station = notice.getItems().stream().filter(i -> i.getApplicationId() == c.applicationId())
                .findFirst().map(NoticeItem::getStationName).orElse("");
        notifications.notify(accounts.contactsOf(Role.CITY_CAST, null).stream().map(Contact::accountId).toList(),
                "notice.notify.objection", List.of(station), "/applications/notices/" + notice.getId());
        return o.getReceipt();
    }

    /** {@link #resolve} answered with the notice as {@link #get} reads it, in the same transaction. */
    @Transactional
    @PreAuthorize("hasAuthority('notice:manage')")
    public NoticeView resolveAnswered(long objectionId, ResolveObjectionCommand c) {
        return get(resolve(objectionId, c));
    }

    /** Upholds (the application FAILS, with an opinion box) or dismisses an objection; the applicant is told. Returns the notice's id. */
    @Transactional
    @PreAuthorize("hasAuthority('notice:manage')")
    public long resolve(long objectionId, ResolveObjectionCommand c) {
        Objection o = objections.findById(objectionId).orElseThrow(() -> new NotFoundException("objection", objectionId));
        Versioned.require(o.getVersion(), c.version(), AlreadyHandledException::new);
        if (c.reason() == null || c.reason().isBlank()) {
            throw new BusinessRuleException("reason", "notice.error.reasonRequired");
        }
        if (c.upheld() == null) {
            throw new BusinessRuleException("upheld", "notice.error.outcomeRequired");
        }
        PlatformUser me = PlatformUser.current();
        o.resolve(c.upheld(), c.reason().strip(), me.getUsername(), clock.instant());
        Application a = applications.findById(o.getApplicationId()).orElseThrow();
        if (c.upheld()) {
            if (a.getStatus() != ApplicationStatus.PUBLIC_NOTICE) {
                throw new IllegalTransitionException(a.getStatus(), ReviewDecision.REJECT);
            }
            a.failOnObjection(new Actor(me.accountId(), me.displayName(), office("application.office.CITY_CAST"),
                    me.roles(), me.jurisdictionId(), seals.sealFor(Role.CITY_CAST, a.getJurisdictionId()).orElse(null),
                    me.hostUnitId()),
                    messages.getMessage("notice.opinion.upheld",
                    new Object[] {c.reason().strip()}, Locale.SIMPLIFIED_CHINESE), clock.instant());
        }
        try {
            objections.saveAndFlush(o);
            applications.saveAndFlush(a);
        } catch (OptimisticLockingFailureException e) {
            throw new AlreadyHandledException();
        }
        if (!c.upheld()) {
            // an upheld objection moves the application to FAILED, which HandOverMessages tells the applicant
            notifications.notify(accounts.contactsOfUnit(a.getHostUnitId()).stream().map(Contact::accountId).toList(),
                    "notice.notify.dismissed", List.of(String.valueOf(a.getStationName()), c.reason().strip()),
                    "/applications/" + a.getId());
        }
        audit.record(AuditRecord.success("notice.objection.resolve", "notice_objection", objectionId,
                (c.upheld() ? "UPHELD" : "DISMISSED") + ", application " + a.getId() + " → " + a.getStatus()));
        return o.getNoticeId();
    }

    /** An objection's attachment, for the city offices. */
    @PreAuthorize("hasAuthority('notice:read')")
    public Applications.Download objectionFile(long noticeId, long objectionId) {
        Objection o = objections.findById(objectionId).filter(x -> x.getNoticeId() == noticeId && x.getFileId() != null)
                .orElseThrow(() -> new NotFoundException("objection attachment", objectionId));
        return new Applications.Download(files.describe(o.getFileId()), files.open(o.getFileId()));
    }

    private NoticeView view(PublicNotice n, boolean withObjections) {
        LocalDate today = today();
        Map<Long, Application> apps = applications.findAllById(n.getItems().stream().map(NoticeItem::getApplicationId).toList())
                .stream().collect(Collectors.toMap(Application::getId, Function.identity()));
        Map<Long, String> names = n.getItems().stream()
                .collect(Collectors.toMap(NoticeItem::getApplicationId, i -> String.valueOf(i.getStationName())));
        List<ObjectionView> objectionViews = withObjections ? objections.findByNoticeIdOrderById(n.getId()).stream()
                .map(o -> new ObjectionView(o.getId(), o.getNoticeId(), o.getApplicationId(), names.get(o.getApplicationId()),
                        o.getName(), cn.quzhou.stations.shared.Masks.mask(o.getContact()), o.getContent(), o.getFileName(), o.getReceivedAt(), o.getStatus(),
                        o.getResolution(), o.getResolvedBy(), o.getResolvedAt(), o.getVersion()))
                .toList() : List.of();
        Recognition recognition = recognitions.findByNoticeId(n.getId()).orElse(null);
        return new NoticeView(n.getId(), n.getTitle(), n.getNumber(), n.getStartDate(), n.getEndDate(), n.getOpenedBy(),
                n.getOpenedAt(), n.getItems().stream().map(i -> station(i, apps.get(i.getApplicationId()).getStatus())).toList(),
                objectionViews, n.openOn(today), today.isAfter(n.getEndDate()),
                objections.countByNoticeIdAndStatus(n.getId(), ObjectionStatus.OPEN),
                recognition == null ? null : recognition.getId(), recognition == null ? null : recognition.getNumber());
    }

    public static NoticeStation station(NoticeItem i, ApplicationStatus status) {
        return new NoticeStation(i.getApplicationId(), i.getStationName(), i.getUnitName(), i.getSocietyName(),
                i.getLevel(), fields(i.getBusinessFields()), status);
    }

    private static List<BusinessField> fields(String businessFields) {
        return businessFields == null || businessFields.isBlank() ? List.of()
                : Arrays.stream(businessFields.split(",")).map(BusinessField::valueOf).toList();
    }

    String unitName(Application a) {
        return units.byId(a.getHostUnitId()).map(HostUnitView::name).orElse(a.getUnitName());
    }

    String societyName(Application a) {
        return a.getSocietyId() == null ? null : societies.byId(a.getSocietyId()).map(SocietyView::name).orElse(null);
    }

    public String office(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
