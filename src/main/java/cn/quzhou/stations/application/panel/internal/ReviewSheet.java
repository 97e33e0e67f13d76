package cn.quzhou.stations.application.panel.internal;

import cn.quzhou.stations.application.panel.SheetStatus;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 评审表 — one expert's sheet for one application of a panel's batch; its existence is the
 * assignment. Scores are checked against the sheet version in force (0..max, at most the policy's
 * decimals). A submitted sheet is frozen; a declared conflict withdraws it.
 */
@Entity
@Table(name = "review_sheet")
public class ReviewSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long panelId;
    private long applicationId;
    private long expertId;
    @Enumerated(EnumType.STRING)
    private SheetStatus status = SheetStatus.ASSIGNED;
    private String comment;
    private String conflictReason;
    private Instant savedAt;
    private Instant submittedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_sheet_score", joinColumns = @JoinColumn(name = "sheet_id"))
    @MapKeyColumn(name = "criterion_code")
    @Column(name = "points")
    private Map<String, BigDecimal> scores = new LinkedHashMap<>();
    @Version
    private int version;

    protected ReviewSheet() {
    }

    public ReviewSheet(long panelId, long applicationId, long expertId) {
        this.panelId = panelId;
        this.applicationId = applicationId;
        this.expertId = expertId;
    }

    /** Saves a draft: any subset of the criteria, each within its range. */
    public void save(SheetPolicy policy, Map<String, BigDecimal> given, String comment, Instant now) {
        SheetStatus after = next(SheetStatus.Step.SAVE);
        Map<String, BigDecimal> checked = new LinkedHashMap<>();
        for (SheetCriterionRow c : policy.getCriteria()) {
            BigDecimal points = given == null ? null : given.get(c.getCode());
            if (points == null) {
                continue;
            }
            if (points.signum() < 0 || points.compareTo(c.getMaxPoints()) > 0) {
                throw new BusinessRuleException("scores[" + c.getCode() + "]", "panel.error.scoreRange", c.getNameZh(),
                        c.getMaxPoints().stripTrailingZeros().toPlainString());
            }
            if (points.stripTrailingZeros().scale() > policy.getScoreDecimals()) {
                throw new BusinessRuleException("scores[" + c.getCode() + "]", "panel.error.scoreDecimals", c.getNameZh(),
                        policy.getScoreDecimals());
            }
            checked.put(c.getCode(), points);
        }
        if (given != null && given.keySet().stream().anyMatch(k -> policy.getCriteria().stream()
                .noneMatch(c -> c.getCode().equals(k)))) {
            throw new BusinessRuleException("scores", "panel.error.unknownCriterion");
        }
        scores.clear();
        scores.putAll(checked);
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.status = after;
        this.savedAt = now;
    }

    /** Submits the sheet: every criterion scored; from now on it is frozen. */
    public void submit(SheetPolicy policy, Instant now) {
        SheetStatus after = next(SheetStatus.Step.SUBMIT);
        for (SheetCriterionRow c : policy.getCriteria()) {
            if (!scores.containsKey(c.getCode())) {
                throw new BusinessRuleException("scores[" + c.getCode() + "]", "panel.error.scoreMissing", c.getNameZh());
            }
        }
        this.status = after;
        this.submittedAt = now;
    }

    /** The expert declares a conflict of interest: the assignment is withdrawn. Only before submission. */
    public void declareConflict(String reason, Instant now) {
        SheetStatus after = next(SheetStatus.Step.DECLARE_CONFLICT);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "panel.error.conflictReason");
        }
        this.conflictReason = reason.strip();
        this.status = after;
        this.savedAt = now;
    }

    /** The state after {@code step}; refused as the sheet stands (submitted: frozen; withdrawn: a declared conflict). */
    private SheetStatus next(SheetStatus.Step step) {
        java.util.Optional<SheetStatus> after = status.after(step);
        if (after.isPresent()) {
            return after.get();
        }
        if (status == SheetStatus.WITHDRAWN) {
            throw ConflictException.of("panel.error.sheetWithdrawn");
        }
        throw ConflictException.of("panel.error.sheetSubmitted");
    }

    public BigDecimal total() {
        return scores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() { return id; }
    public long getPanelId() { return panelId; }
    public long getApplicationId() { return applicationId; }
    public long getExpertId() { return expertId; }
    public SheetStatus getStatus() { return status; }
    public String getComment() { return comment; }
    public String getConflictReason() { return conflictReason; }
    public Instant getSavedAt() { return savedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Map<String, BigDecimal> getScores() { return Map.copyOf(scores); }
    public int getVersion() { return version; }
}
