package cn.quzhou.stations.application.notice.internal;

import cn.quzhou.stations.application.notice.ObjectionStatus;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.SealedText;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** 异议: filed by a member of the public about one station of an open notice; resolved once, with a reason. */
@Entity
@Table(name = "notice_objection")
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long noticeId;
    private long applicationId;
    private String name;
    /** How to reach the objector: personal data, sealed at rest. */
    @Convert(converter = SealedText.class)
    private String contact;
    private String content;
    private UUID fileId;
    private String fileName;
    private String clientIp;
    private Instant receivedAt;
    /** The receipt number (回执号) the objector is shown; with the contact's tail it finds this objection again. */
    private String receipt;
    @Enumerated(EnumType.STRING)
    private ObjectionStatus status = ObjectionStatus.OPEN;
    private String resolution;
    private String resolvedBy;
    private Instant resolvedAt;
    @Version
    private int version;

    protected Objection() {
    }

    public Objection(long noticeId, long applicationId, String name, String contact, String content, UUID fileId,
                     String fileName, String clientIp, Instant receivedAt, String receipt) {
        this.receipt = receipt;
        this.noticeId = noticeId;
        this.applicationId = applicationId;
        this.name = name;
        this.contact = contact;
        this.content = content;
        this.fileId = fileId;
        this.fileName = fileName;
        this.clientIp = clientIp;
        this.receivedAt = receivedAt;
    }

    public void resolve(boolean upheld, String reason, String by, Instant now) {
        status = status.after(upheld ? ObjectionStatus.Step.UPHOLD : ObjectionStatus.Step.DISMISS)
                .orElseThrow(() -> ConflictException.of("notice.error.objectionResolved"));
        resolution = reason;
        resolvedBy = by;
        resolvedAt = now;
    }

    public Long getId() { return id; }
    public long getNoticeId() { return noticeId; }
    public long getApplicationId() { return applicationId; }
    public String getName() { return name; }
    public String getContact() { return contact; }
    public String getContent() { return content; }
    public UUID getFileId() { return fileId; }
    public String getFileName() { return fileName; }
    public String getClientIp() { return clientIp; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getReceipt() { return receipt; }
    public ObjectionStatus getStatus() { return status; }
    public String getResolution() { return resolution; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public int getVersion() { return version; }
}
