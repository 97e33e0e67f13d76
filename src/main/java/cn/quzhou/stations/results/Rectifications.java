package cn.quzhou.stations.results;

import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.documents.FileStore;
import cn.quzhou.stations.documents.PdfRenderer;
import cn.quzhou.stations.documents.StoredFile;
import cn.quzhou.stations.results.RectificationView;
import cn.quzhou.stations.results.RectificationView.Status;
import cn.quzhou.stations.results.RectificationView.Status.Move;
import cn.quzhou.stations.results.internal.Rectification;
import cn.quzhou.stations.results.internal.RectificationList;
import cn.quzhou.stations.results.internal.RectificationRepository;
import cn.quzhou.stations.results.internal.RectificationStore;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import java.util.function.Consumer;
import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.JurisdictionView;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.DeadlineCommand;
import cn.quzhou.stations.results.DecisionNote;
import cn.quzhou.stations.results.RectificationCounts;
import cn.quzhou.stations.results.RectificationFilter;
import cn.quzhou.stations.results.RectificationReport;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.station.StationEvidence;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 责令限期整改 (Art. 17): the rectification tasks of unqualified stations within the signed-in user's scope. The host
 * unit reports (text and evidence file); the county CAST (county stations) or the city CAST (city-direct stations)
 * accepts the report, closing the task, or returns it; the city CAST may set another deadline with a reason. Tasks
 * past their deadline without a report are overdue for staff to see.
 */
@Service
@Transactional(readOnly = true)
public class Rectifications {

    private final RectificationStore store;
    private final Stations stations;
    private final HostUnits units;
    private final Jurisdictions jurisdictions;
    private final FileStore files;
    private final PdfRenderer pdf;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final RectificationList list;
    private final RectificationRepository tasks;

    Rectifications(RectificationList list, RectificationRepository tasks, RectificationStore store, Stations stations, HostUnits units, Jurisdictions jurisdictions,
            FileStore files, PdfRenderer pdf, Accounts accounts, Notifications notifications, AuditLog audit,
            Clock clock) {
        this.list = list;
        this.tasks = tasks;
        this.store = store;
        this.stations = stations;
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.files = files;
        this.pdf = pdf;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** The tasks within scope, newest first; only the overdue ones when {@code overdueOnly}. */
    @PreAuthorize("hasAuthority('evaluation:results')")
    public List<RectificationView> list(boolean overdueOnly) {
        List<RectificationStore.Row> rows = store.within(PlatformUser.current().scope().on("r"));
        List<RectificationView> all = views(rows, false);
        return overdueOnly ? all.stream().filter(RectificationView::overdue).toList() : all;
    }

    /** One page of the tasks within scope, searched, filtered and sorted as asked. */
    @PreAuthorize("hasAuthority('evaluation:results')")
    public Paged<RectificationView> page(ListRequest request, RectificationFilter filter) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> names = jurisdictionNames();
        return list.page(scope(), filter, request.resolve(RectificationList.SORTS), today)
                .map(r -> listView(r, names, today));
    }

    /** Every row the same list would show, in its order, handed to {@code each} as read (the Excel export). */
    @PreAuthorize("hasAuthority('evaluation:results')")
    public void export(ListRequest request, RectificationFilter filter, Consumer<RectificationView> each) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> names = jurisdictionNames();
        list.export(scope(), filter, request.resolve(RectificationList.SORTS).everything(), today,
                r -> each.accept(listView(r, names, today)));
    }

    /** The to-do counts within scope (open, submitted by reviewer, overdue): one statement. */
    @PreAuthorize("hasAuthority('evaluation:results')")
    public RectificationCounts counts() {
        return list.counts(scope(), LocalDate.now(clock));
    }

    /**
     * The host unit's open tasks as a 待办 line, each due on its deadline (the rectification period after the notice,
     * or the deadline the city CAST set since): one statement.
     */
    @PreAuthorize("hasAuthority('evaluation:rectify')")
    public TodoDeadlines.Dated ownWaiting(LocalDate today) {
        return list.own(scope(), today);
    }

    private static DataScope.Sql scope() {
        return PlatformUser.current().scope().on("r");
    }

    private Map<Long, String> jurisdictionNames() {
        return jurisdictions.list().stream().collect(Collectors.toMap(JurisdictionView::id, JurisdictionView::name));
    }

    private static RectificationView listView(RectificationList.Row row, Map<Long, String> jurisdictionNames,
            LocalDate today) {
        RectificationStore.Row t = row.task();
        return new RectificationView(t.id(), t.year(), t.stationId(), row.stationName(), t.hostUnitId(),
                row.hostUnitName(), jurisdictionNames.get(t.jurisdictionId()), t.cityDirect(), t.resultId(),
                t.noticeNumber(), t.noticeReason(), t.openedOn(), t.firstDeadline(), t.deadline(), t.status(),
                t.report(), t.reportFileName(), t.submittedBy(), t.submittedAt(), t.decidedBy(), t.decidedAt(),
                t.decisionNote(), t.cancelReason(), t.status() == Status.OPEN && today.isAfter(t.deadline()), List.of());
    }

    @PreAuthorize("hasAuthority('evaluation:results')")
    public RectificationView get(long id) {
        return views(List.of(visible(id)), true).get(0);
    }

    /** The host unit's report with its evidence file ({@code file} may be null); only while the task is open. */
    @Transactional
    @PreAuthorize("hasAuthority('evaluation:rectify')")
    public RectificationView submit(long id, RectificationReport r, String fileName, InputStream file) {
        RectificationStore.Row task = visible(id);
        Long unit = PlatformUser.current().hostUnitId();
        if (unit == null || unit != task.hostUnitId()) {
            throw new NotFoundException("rectification", id);
        }
        Rectification rectification = locked(id);
        rectification.expect(Move.SUBMIT); // before the file is stored
        StoredFile stored = file == null ? null : files.store(fileName, file, FileStore.ANY);
        rectification.submit(r.report().strip(), stored == null ? null : stored.id(),
                stored == null ? null : stored.name(), PlatformUser.current().getUsername(), clock.instant());
        tasks.saveAndFlush(rectification);
        store.step(id, "SUBMITTED", r.report().strip(), null, PlatformUser.current().getUsername(), clock.instant());
        audit.record(AuditRecord.success("rectification.submit", "rectification", id,
                stored == null ? "report without file" : "report with " + stored.name()));
        List<Long> reviewers = (task.cityDirect() ? accounts.contactsOf(Role.CITY_CAST, null)
                : accounts.contactsOf(Role.COUNTY_CAST, task.jurisdictionId())).stream().map(Contact::accountId).toList();
        notifications.notify(reviewers, "results.notify.rectificationSubmitted", List.of(name(task),
                String.valueOf(task.year())), "/rectifications/" + id);
        return get(id);
    }

    /** Accepts the report: the task is closed. Answers the task as it is now (read in this transaction). */
    @Transactional
    @PreAuthorize("hasAuthority('evaluation:rectify-review')")
    public RectificationView accept(long id, String note) {
        decide(id, Move.ACCEPT, note == null || note.isBlank() ? null : note.strip(), "CLOSED",
                "results.notify.rectificationClosed");
        return get(id);
    }

    /** Returns the report to the host unit with the reason; the task is open again. */
    @Transactional
    @PreAuthorize("hasAuthority('evaluation:rectify-review')")
    public RectificationView returnReport(long id, DecisionNote note) {
        decide(id, Move.RETURN, note.note().strip(), "RETURNED", "results.notify.rectificationReturned");
        return get(id);
    }

    /** Another deadline, with a reason: the city CAST's. */
    @Transactional
    @PreAuthorize("hasAuthority('evaluation:rectify-deadline')")
    public RectificationView setDeadline(long id, DeadlineCommand c) {
        RectificationStore.Row task = visible(id);
        if (c.deadline().isBefore(LocalDate.now(clock))) {
            throw new BusinessRuleException("deadline", "results.rectification.error.deadlinePast");
        }
        Rectification rectification = locked(id);
        rectification.moveDeadline(c.deadline());
        tasks.saveAndFlush(rectification);
        store.step(id, "DEADLINE", c.reason().strip(), c.deadline(), PlatformUser.current().getUsername(),
                clock.instant());
        audit.record(AuditRecord.success("rectification.deadline", "rectification", id,
                task.deadline() + " → " + c.deadline() + ": " + c.reason().strip()));
        notifyUnit(task, "results.notify.rectificationDeadline", c.deadline() + "（" + c.reason().strip() + "）");
        return get(id);
    }

    /** 通报批评: the public criticism notice of the task as a PDF. */
    @PreAuthorize("hasAuthority('evaluation:results')")
    public byte[] noticePdf(long id) {
        RectificationView task = get(id);
        return pdf.renderOfficial("evaluation/pdf/criticism-notice", Map.of("t", task));
    }

    /** The evidence file of the report, for whoever may see the task. */
    @PreAuthorize("hasAuthority('evaluation:results')")
    public StationEvidence.Download reportFile(long id) {
        RectificationStore.Row task = visible(id);
        if (task.reportFileId() == null) {
            throw new NotFoundException("rectification file", id);
        }
        return new StationEvidence.Download(files.describe(task.reportFileId()), files.open(task.reportFileId()));
    }

    private void decide(long id, Move move, String note, String step, String notifyKey) {
        RectificationStore.Row task = visible(id);
        PlatformUser me = PlatformUser.current();
        boolean reviewer = task.cityDirect() ? me.has(Role.CITY_CAST)
                : me.has(Role.COUNTY_CAST) && Long.valueOf(task.jurisdictionId()).equals(me.jurisdictionId());
        if (!reviewer) {
            throw new BusinessRuleException(null, task.cityDirect() ? "results.rectification.error.cityReviews"
                    : "results.rectification.error.countyReviews");
        }
        Rectification rectification = locked(id);
        if (move == Move.ACCEPT) {
            rectification.accept(me.getUsername(), clock.instant(), note);
        } else {
            rectification.returnReport(me.getUsername(), clock.instant(), note);
        }
        tasks.saveAndFlush(rectification);
        store.step(id, step, note, null, me.getUsername(), clock.instant());
        audit.record(AuditRecord.success("rectification." + step.toLowerCase(), "rectification", id,
                note == null ? "" : note));
        notifyUnit(task, notifyKey, note == null ? "" : note);
    }

    private void notifyUnit(RectificationStore.Row task, String key, String extra) {
        notifications.notify(accounts.contactsOfUnit(task.hostUnitId()).stream().map(Contact::accountId).toList(), key,
                List.of(name(task), String.valueOf(task.year()), extra), "/rectifications/" + task.id());
    }

    private String name(RectificationStore.Row task) {
        StationView s = stations.byIds(List.of(task.stationId())).get(task.stationId());
        return s == null ? "#" + task.stationId() : s.name();
    }

    private Rectification locked(long id) {
        return tasks.lockById(id).orElseThrow(() -> new NotFoundException("rectification", id));
    }

    private RectificationStore.Row visible(long id) {
        return store.find(id).filter(t -> PlatformUser.current().scope().covers(t.jurisdictionId(), t.hostUnitId()))
                .orElseThrow(() -> new NotFoundException("rectification", id));
    }

    private List<RectificationView> views(List<RectificationStore.Row> rows, boolean withSteps) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, StationView> stationViews = stations.byIds(rows.stream().map(RectificationStore.Row::stationId)
                .collect(Collectors.toSet()));
        Map<Long, String> unitNames = units.namesOf(rows.stream().map(RectificationStore.Row::hostUnitId)
                .collect(Collectors.toSet()));
        Map<Long, String> jurisdictionNames = jurisdictions.list().stream()
                .collect(Collectors.toMap(JurisdictionView::id, JurisdictionView::name));
        return rows.stream().map(t -> new RectificationView(t.id(), t.year(), t.stationId(),
                stationViews.containsKey(t.stationId()) ? stationViews.get(t.stationId()).name() : "#" + t.stationId(),
                t.hostUnitId(), unitNames.get(t.hostUnitId()), jurisdictionNames.get(t.jurisdictionId()),
                t.cityDirect(), t.resultId(), t.noticeNumber(), t.noticeReason(), t.openedOn(), t.firstDeadline(),
                t.deadline(), t.status(), t.report(), t.reportFileName(), t.submittedBy(), t.submittedAt(),
                t.decidedBy(), t.decidedAt(), t.decisionNote(), t.cancelReason(),
                t.status() == Status.OPEN && today.isAfter(t.deadline()),
                withSteps ? store.steps(t.id()) : List.of())).toList();
    }
}
