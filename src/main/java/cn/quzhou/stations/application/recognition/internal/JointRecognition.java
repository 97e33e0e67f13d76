package cn.quzhou.stations.application.recognition.internal;

import cn.quzhou.stations.shared.Versioned;

import cn.quzhou.stations.application.JointRecognitionMoved;
import cn.quzhou.stations.application.recognition.JointRecognitionStatus;
import cn.quzhou.stations.application.recognition.JointRecognitionStatus.Step;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 联合发文认定 as a joint act (Art. 5(3)): the city CAST prepares the document (stations, title, date — no number),
 * the city talent office confirms it or returns it with a reason. Only {@link #confirm} — the talent office's act —
 * leads to the numbered {@link Recognition}; every move goes through {@link JointRecognitionStatus#after}.
 */
@Entity
@Table(name = "joint_recognition")
public class JointRecognition extends AbstractAggregateRoot<JointRecognition> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long noticeId;
    @Enumerated(EnumType.STRING)
    private JointRecognitionStatus status;
    private String title;
    private LocalDate issuedOn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "joint_recognition_station", joinColumns = @JoinColumn(name = "joint_recognition_id"))
    @OrderColumn(name = "position")
    @Column(name = "application_id")
    private List<Long> applicationIds = new ArrayList<>();
    private String preparedBy;
    private String preparedByName;
    private Instant preparedAt;
    private java.util.UUID preparedSeal;
    private String confirmedBy;
    private String confirmedByName;
    private Instant confirmedAt;
    private java.util.UUID confirmedSeal;
    private String returnedBy;
    private String returnedByName;
    private Instant returnedAt;
    private String returnReason;
    private Long recognitionId;
    @Version
    private int version;

    protected JointRecognition() {
    }

    /** The city CAST's first preparation of the notice's document. */
    public JointRecognition(long noticeId, Draft draft, Signer cast, Instant now) {
        this.noticeId = noticeId;
        this.status = JointRecognitionStatus.PREPARED;
        registerEvent(new JointRecognitionMoved(noticeId, Step.PREPARE, status));
        fill(draft, cast, now);
    }

    /** The city CAST prepares a returned document again (possibly changed). */
    public void prepareAgain(Draft draft, Signer cast, Instant now) {
        status = next(Step.PREPARE);
        registerEvent(new JointRecognitionMoved(noticeId, Step.PREPARE, status));
        fill(draft, cast, now);
    }

    /** The city talent office returns the prepared document to the city CAST; the reason is required. */
    public void returnToCast(String reason, Signer talent, Instant now) {
        JointRecognitionStatus after = next(Step.RETURN);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "notice.joint.error.reasonRequired");
        }
        status = after;
        registerEvent(new JointRecognitionMoved(noticeId, Step.RETURN, after));
        returnReason = reason.strip();
        returnedBy = talent.username();
        returnedByName = talent.name();
        returnedAt = now;
    }

    /** The city talent office confirms: the numbered document {@code recognitionId} is issued with it. */
    public void confirm(Signer talent, long recognitionId, Instant now) {
        JointRecognitionStatus after = next(Step.CONFIRM);
        if (talent.username().equals(preparedBy)) {
            // the two confirmations are two offices' acts: one account cannot give both
            throw ConflictException.of("notice.joint.error.samePerson");
        }
        status = after;
        registerEvent(new JointRecognitionMoved(noticeId, Step.CONFIRM, after));
        this.recognitionId = recognitionId;
        confirmedBy = talent.username();
        confirmedByName = talent.name();
        confirmedAt = now;
        confirmedSeal = talent.seal();
    }

    /** Refuses (409) when {@code step} is not possible from the current state. */
    public void expect(Step step) {
        next(step);
    }

    /** Refuses when {@code expected} is not the version the page or client read. */
    public void expectVersion(Integer expected) {
        Versioned.requireIfGiven(version, expected, "notice.joint.error.stale");
    }

    private JointRecognitionStatus next(Step step) {
        return status.after(step).orElseThrow(() -> ConflictException.of("notice.joint.error.illegalTransition",
                ConflictException.label(status), ConflictException.label(step)));
    }

    private void fill(Draft draft, Signer cast, Instant now) {
        title = draft.title();
        issuedOn = draft.issuedOn();
        applicationIds = new ArrayList<>(draft.applicationIds());
        preparedBy = cast.username();
        preparedByName = cast.name();
        preparedAt = now;
        preparedSeal = cast.seal();
    }

    /** What the city CAST prepared: the title, the date (null: the day of the confirmation), the stations. */
    public record Draft(String title, LocalDate issuedOn, List<Long> applicationIds) {
    }

    /** Who acted for an office: the account, the name the document shows and the office's seal image then (or null). */
    public record Signer(String username, String name, java.util.UUID seal) {
    }

    public Long getId() { return id; }
    public long getNoticeId() { return noticeId; }
    public JointRecognitionStatus getStatus() { return status; }
    public String getTitle() { return title; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public List<Long> getApplicationIds() { return List.copyOf(applicationIds); }
    public String getPreparedBy() { return preparedBy; }
    public String getPreparedByName() { return preparedByName; }
    public Instant getPreparedAt() { return preparedAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public String getConfirmedByName() { return confirmedByName; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public java.util.UUID getPreparedSeal() { return preparedSeal; }
    public java.util.UUID getConfirmedSeal() { return confirmedSeal; }
    public String getReturnedByName() { return returnedByName; }
    public Instant getReturnedAt() { return returnedAt; }
    public String getReturnReason() { return returnReason; }
    public Long getRecognitionId() { return recognitionId; }
    public int getVersion() { return version; }
}
