package cn.quzhou.stations.application.panel.internal;

import cn.quzhou.stations.application.panel.ListCommand;
import cn.quzhou.stations.application.panel.PanelEntryView;
import cn.quzhou.stations.application.panel.PanelStatus;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.RefusedAtOnceException;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        status = next(PanelStatus.Step.ADD_EXPERT);
        expertIds.add(expertId);
    }

    /**
     * The panel's rules for a recommended list of its batch {@code entries}, checked while it is scoring and before
     * any application moves: every problem is refused at once ({@link RefusedAtOnceException}). Answers the override
     * reason as given (null when none), for {@link #listed}.
     */
    public String checkList(List<PanelEntryView> entries, ListCommand c) {
        requireStatus(PanelStatus.SCORING);
        String override = c.overrideReason() == null || c.overrideReason().isBlank() ? null : c.overrideReason().strip();
        RefusedAtOnceException.throwIfAny(listProblems(entries, decisions(c), override, c.sealConfirmed()));
        return override;
    }

    /** The list's decisions by application (the last one counts when an application is named twice). */
    public static Map<Long, ListCommand.Decision> decisions(ListCommand c) {
        return c.decisions().stream()
                .collect(Collectors.toMap(ListCommand.Decision::applicationId, Function.identity(), (x, y) -> y));
    }

    /** The recommended list is fixed; {@code overrideReason} when some assigned sheets never came in. */
    public void listed(String overrideReason, Instant now) {
        this.status = next(PanelStatus.Step.FIX_LIST);
        this.overrideReason = overrideReason;
        this.listedAt = now;
    }

    /** The list goes to the city talent office; again after the office returned some of it. */
    public void submitted(Instant now) {
        this.status = next(PanelStatus.Step.SUBMIT_LIST);
        this.submittedAt = now;
    }

    /**
     * Everything wrong with a list, found before any application moves, so that the page names every row to correct
     * at once (issue #14 item 2); fields are the form's own names ({@code decision.<id>}, {@code reason.<id>}).
     */
    private static List<BusinessRuleException> listProblems(List<PanelEntryView> entries, Map<Long, ListCommand.Decision> decisions,
                                                     String override, boolean sealConfirmed) {
        List<BusinessRuleException> problems = new ArrayList<>();
        for (PanelEntryView row : entries) {
            ListCommand.Decision d = decisions.get(row.applicationId());
            if (d == null) {
                problems.add(new BusinessRuleException("decision." + row.applicationId(), "panel.error.decisionMissing", name(row)));
            } else if (d.recommend() && row.score().value() == null) {
                problems.add(new BusinessRuleException("decision." + row.applicationId(), "panel.error.noScore", name(row)));
            } else if (!d.recommend() && (d.reason() == null || d.reason().isBlank())) {
                problems.add(new BusinessRuleException("reason." + row.applicationId(), "panel.error.reasonRequired", name(row)));
            }
            if (!row.score().complete() && override == null) {
                problems.add(new BusinessRuleException("overrideReason", "panel.error.sheetsMissing", name(row),
                        row.score().submitted(), row.score().assigned()));
            }
        }
        if (decisions.keySet().stream().anyMatch(id -> entries.stream().noneMatch(r -> r.applicationId() == id))) {
            problems.add(new BusinessRuleException(null, "panel.error.notInBatch"));
        }
        if (!sealConfirmed && !entries.isEmpty()) {
            problems.add(new BusinessRuleException("sealConfirmed", "application.error.sealRequired"));
        }
        return problems;
    }

    private static String name(PanelEntryView row) {
        return Objects.requireNonNullElse(row.stationName(), "#" + row.applicationId());
    }

    private PanelStatus next(PanelStatus.Step step) {
        return status.after(step)
                .orElseThrow(() -> ConflictException.of("panel.error.state", ConflictException.label(status)));
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
