package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.application.PanelStatus;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** 评审小组 — a panel the city CAST convenes for a batch of applications (Art. 5(2)). */
@Entity
@Table(name = "review_panel")
public class ReviewPanel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private int year;
    private long policyId;
    @Enumerated(EnumType.STRING)
    private PanelStatus status = PanelStatus.SCORING;
    private String formedBy;
    private Instant formedAt;
    private String overrideReason;
    private Instant listedAt;
    private Instant submittedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_panel_expert", joinColumns = @JoinColumn(name = "panel_id"))
    @Column(name = "expert_id")
    private Set<Long> expertIds = new LinkedHashSet<>();
    @Version
    private int version;

    protected ReviewPanel() {
    }

    public ReviewPanel(String name, int year, long policyId, Set<Long> expertIds, String formedBy, Instant now) {
        this.name = name.strip();
        this.year = year;
        this.policyId = policyId;
        this.expertIds = new LinkedHashSet<>(expertIds);
        this.formedBy = formedBy;
        this.formedAt = now;
    }

    public void addExpert(long expertId) {
        requireStatus(PanelStatus.SCORING);
        expertIds.add(expertId);
    }

    /** The recommended list is fixed; {@code overrideReason} when some assigned sheets never came in. */
    public void listed(String overrideReason, Instant now) {
        requireStatus(PanelStatus.SCORING);
        this.overrideReason = overrideReason;
        this.status = PanelStatus.LISTED;
        this.listedAt = now;
    }

    /** The list goes to the city talent office; again after the office returned some of it. */
    public void submitted(Instant now) {
        if (status == PanelStatus.SCORING) {
            throw ConflictException.of("panel.error.state", ConflictException.label(status));
        }
        this.status = PanelStatus.SUBMITTED;
        this.submittedAt = now;
    }

    public void requireStatus(PanelStatus expected) {
        if (status != expected) {
            throw ConflictException.of("panel.error.state", ConflictException.label(status));
        }
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public int getYear() { return year; }
    public long getPolicyId() { return policyId; }
    public PanelStatus getStatus() { return status; }
    public String getFormedBy() { return formedBy; }
    public Instant getFormedAt() { return formedAt; }
    public String getOverrideReason() { return overrideReason; }
    public Instant getListedAt() { return listedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Set<Long> getExpertIds() { return Set.copyOf(expertIds); }
    public int getVersion() { return version; }
}
