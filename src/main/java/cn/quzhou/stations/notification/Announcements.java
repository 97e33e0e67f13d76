package cn.quzhou.stations.notification;

import cn.quzhou.stations.shared.OpenEntry;
import cn.quzhou.stations.shared.Versioned;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.notification.internal.Announcement;
import cn.quzhou.stations.notification.internal.AnnouncementList;
import cn.quzhou.stations.notification.internal.AnnouncementRepository;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.shared.Paged;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通知公告: the city CAST writes announcements (the application call, the evaluation notice, results); published ones
 * are read by everybody, on the public pages and on each official's home page. Every change is audited.
 */
@Service("announcements")
@Transactional(readOnly = true)
public class Announcements {


    private final AnnouncementRepository repository;
    private final AnnouncementList list;
    private final AuditLog audit;
    private final Clock clock;

    Announcements(AnnouncementRepository repository, AnnouncementList list, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.list = list;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('announcement:manage')")
    public Paged<AnnouncementView> page(ListRequest request, AnnouncementKind kind) {
        return list.all(kind, request.resolve(AnnouncementList.SORTS));
    }

    @PreAuthorize("hasAuthority('announcement:manage')")
    public AnnouncementView get(long id) {
        return view(find(id));
    }

    /** The published announcements, newest first, for everybody (no sign-in). */
    @OpenEntry(value = OpenEntry.Audience.PUBLIC, why = "the public announcements page")
    public Paged<AnnouncementView> published(ListRequest request, AnnouncementKind kind) {
        return list.published(kind, today(), request.resolve(AnnouncementList.SORTS));
    }

    /** The {@code count} latest published ones, for the home page. */
    public List<AnnouncementView> latest(int count) {
        return list.published(null, today(), new ListQuery(1, count, "publishedOn", true, null, null)).items();
    }

    /** One published announcement; a draft or a withdrawn one does not exist for the public. */
    @OpenEntry(value = OpenEntry.Audience.PUBLIC, why = "one published announcement on the public page")
    public AnnouncementView publishedOne(long id) {
        return repository.findById(id).map(Announcements::view)
                .filter(a -> a.status() == AnnouncementStatus.PUBLISHED && !a.publishedOn().isAfter(today()))
                .orElseThrow(() -> new NotFoundException("announcement", id));
    }

    @Transactional
    @PreAuthorize("hasAuthority('announcement:manage')")
    public long create(AnnouncementCommand c) {
        Announcement a = repository.save(new Announcement(c.title().strip(), c.kind(), c.body().strip(),
                c.publishedOn(), PlatformUser.current().getUsername(), clock.instant()));
        audit.record(AuditRecord.success("announcement.create", "announcement", a.getId(), c.kind() + " " + a.getTitle()));
        return a.getId();
    }

    @Transactional
    @PreAuthorize("hasAuthority('announcement:manage')")
    public void update(long id, AnnouncementCommand c) {
        Announcement a = current(id, c.version());
        a.edit(c.title().strip(), c.kind(), c.body().strip(), c.publishedOn(), clock.instant());
        save(a);
        audit.record(AuditRecord.success("announcement.update", "announcement", id, c.kind() + " " + a.getTitle()));
    }

    @Transactional
    @PreAuthorize("hasAuthority('announcement:manage')")
    public void publish(long id, int version) {
        Announcement a = current(id, version);
        a.publish(today(), clock.instant());
        save(a);
        audit.record(AuditRecord.success("announcement.publish", "announcement", id,
                a.getTitle() + ", dated " + a.getPublishedOn()));
    }

    @Transactional
    @PreAuthorize("hasAuthority('announcement:manage')")
    public void withdraw(long id, int version) {
        Announcement a = current(id, version);
        a.withdraw(clock.instant());
        save(a);
        audit.record(AuditRecord.success("announcement.withdraw", "announcement", id, a.getTitle()));
    }

    private Announcement find(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("announcement", id));
    }

    /** The announcement as the form or button showed it: another's change in between is not overwritten. */
    private Announcement current(long id, Integer version) {
        Announcement a = find(id);
        Versioned.requireIfGiven(a.getVersion(), version, "announcement.error.changed");
        return a;
    }

    private void save(Announcement a) {
        try {
            repository.saveAndFlush(a);
        } catch (OptimisticLockingFailureException e) {
            throw ConflictException.of("announcement.error.changed");
        }
    }

    private LocalDate today() {
        return Beijing.today(clock);
    }

    private static AnnouncementView view(Announcement a) {
        return new AnnouncementView(a.getId(), a.getTitle(), a.getKind(), a.getBody(), a.getPublishedOn(),
                a.getStatus(), a.getCreatedBy(), a.getUpdatedAt(), a.getVersion());
    }
}
