package cn.quzhou.stations.notification.internal;

import cn.quzhou.stations.notification.AnnouncementKind;
import cn.quzhou.stations.notification.AnnouncementStatus;
import cn.quzhou.stations.shared.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 通知公告: DRAFT → PUBLISHED → WITHDRAWN, and a withdrawn one may be corrected and published again. What the public
 * has seen is not edited in place: a published announcement is withdrawn first.
 */
@Entity
@Table(name = "announcement")
public class Announcement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    @Enumerated(EnumType.STRING)
    private AnnouncementKind kind;
    private String body;
    private LocalDate publishedOn;
    @Enumerated(EnumType.STRING)
    private AnnouncementStatus status = AnnouncementStatus.DRAFT;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    protected Announcement() {
    }

    public Announcement(String title, AnnouncementKind kind, String body, LocalDate publishedOn, String by, Instant now) {
        this.title = title;
        this.kind = kind;
        this.body = body;
        this.publishedOn = publishedOn;
        this.createdBy = by;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void edit(String title, AnnouncementKind kind, String body, LocalDate publishedOn, Instant now) {
        if (status == AnnouncementStatus.PUBLISHED) {
            throw ConflictException.of("announcement.error.published");
        }
        this.title = title;
        this.kind = kind;
        this.body = body;
        this.publishedOn = publishedOn;
        this.updatedAt = now;
    }

    /** Published under its own date, or today's when it has none. */
    public void publish(LocalDate today, Instant now) {
        status = status.after(AnnouncementStatus.Step.PUBLISH)
                .orElseThrow(() -> ConflictException.of("announcement.error.published"));
        if (publishedOn == null) {
            publishedOn = today;
        }
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        status = status.after(AnnouncementStatus.Step.WITHDRAW)
                .orElseThrow(() -> ConflictException.of("announcement.error.notPublished"));
        updatedAt = now;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public AnnouncementKind getKind() { return kind; }
    public String getBody() { return body; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public AnnouncementStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
