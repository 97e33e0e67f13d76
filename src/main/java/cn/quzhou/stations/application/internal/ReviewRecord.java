package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.ReviewDecision;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One opinion box: a step, its decision, the office and person, the text, the seal and the time. Never changed. */
@Entity
@Table(name = "application_review")
public class ReviewRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @jakarta.persistence.Column(name = "application_id")
    private long applicationId;
    private int seq;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus step;
    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;
    private String office;
    private long reviewerId;
    private String reviewerName;
    private String opinion;
    private boolean sealConfirmed;
    private java.util.UUID sealFileId;
    private Instant decidedAt;

    protected ReviewRecord() {
    }

    ReviewRecord(long applicationId, int seq, ApplicationStatus step, ReviewDecision decision, Actor actor,
                 String opinion, boolean sealConfirmed, Instant decidedAt) {
        this.applicationId = applicationId;
        this.seq = seq;
        this.step = step;
        this.decision = decision;
        this.office = actor.office();
        this.reviewerId = actor.accountId();
        this.reviewerName = actor.name();
        this.opinion = opinion;
        this.sealConfirmed = sealConfirmed;
        this.sealFileId = actor.sealFileId();
        this.decidedAt = decidedAt;
    }

    public int getSeq() { return seq; }
    public ApplicationStatus getStep() { return step; }
    public ReviewDecision getDecision() { return decision; }
    public String getOffice() { return office; }
    public long getReviewerId() { return reviewerId; }
    public String getReviewerName() { return reviewerName; }
    public String getOpinion() { return opinion; }
    public boolean isSealConfirmed() { return sealConfirmed; }
    public Instant getDecidedAt() { return decidedAt; }
    public java.util.UUID getSealFileId() { return sealFileId; }
}
