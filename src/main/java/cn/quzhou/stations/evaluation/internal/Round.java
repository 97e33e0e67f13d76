package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.shared.DatedPolicy;
import cn.quzhou.stations.evaluation.RoundStatus;
import cn.quzhou.stations.evaluation.RouteDecision;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 年度绩效考核 — one year's round. Opened by the city CAST; the results are decided by the CAST party-group meeting,
 * reported to and approved by the city talent office, then published by the city CAST (Art. 16(3)-(4)). Every
 * transition checks the step and the actor and appends an opinion box; no status setters.
 */
@Entity
@Table(name = "evaluation_round")
public class Round extends AbstractAggregateRoot<Round> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int year;
    private LocalDate reportDeadline;
    private LocalDate recognisedBy;
    @Enumerated(EnumType.STRING)
    private RoundStatus status = RoundStatus.OPEN;
    private String tieChosen;
    private String tieReason;
    private LocalDate decidedOn;
    private String meetingReference;
    private String documentNumber;
    private LocalDate publishedOn;
    private String openedBy;
    private Instant openedAt;
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "round_id", insertable = false, updatable = false)
    @OrderBy("seq")
    private List<RoundRecord> records = new ArrayList<>();
    @Version
    private int version;

    protected Round() {
    }

    public Round(Actor cast, int year, LocalDate reportDeadline, LocalDate recognisedBy, LocalDate today,
                 String username, Instant now) {
        requireCityCast(cast);
        if (reportDeadline.isBefore(today)) {
            throw new BusinessRuleException("reportDeadline", "evaluation.error.deadlineInPast");
        }
        this.year = year;
        this.reportDeadline = reportDeadline;
        this.recognisedBy = recognisedBy == null ? DatedPolicy.governingDay(year) : recognisedBy;
        this.openedBy = username;
        this.openedAt = now;
    }

    /** The city CAST's choice among tied stations, with the reason (validated against the grading by the caller). */
    public void decideTie(Actor cast, List<Long> chosen, String reason) {
        requireCityCast(cast);
        requireOpen();
        this.tieChosen = chosen.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
        this.tieReason = reason.strip();
    }

    /** The party-group meeting decided the results; the caller checked that every report is verified, no tie open. */
    public void recordDecision(Actor cast, LocalDate on, String reference, Instant now) {
        requireCityCast(cast);
        require(RoundStatus.OPEN, RouteDecision.DECIDE);
        this.decidedOn = on;
        this.meetingReference = reference.strip();
        move(RoundStatus.DECIDED, RouteDecision.DECIDE, cast, reference.strip() + "（" + on + "）", now);
    }

    public void reportToTalentOffice(Actor cast, Instant now) {
        requireCityCast(cast);
        require(RoundStatus.DECIDED, RouteDecision.REPORT);
        move(RoundStatus.AT_TALENT, RouteDecision.REPORT, cast, null, now);
    }

    /** The city talent office approves, or returns the results to the city CAST with its opinion (round reopens). */
    public void talentDecision(Actor talent, RouteDecision decision, String opinion, Instant now) {
        require(RoundStatus.AT_TALENT, decision);
        if (!talent.has(Role.CITY_TALENT)) {
            throw ConflictException.of("evaluation.error.wrongActor");
        }
        if (decision == RouteDecision.RETURN) {
            if (opinion == null || opinion.isBlank()) {
                throw new BusinessRuleException("opinion", "evaluation.error.opinionRequired");
            }
            decidedOn = null;
            meetingReference = null;
            move(RoundStatus.OPEN, decision, talent, opinion.strip(), now);
        } else if (decision == RouteDecision.APPROVE || decision == RouteDecision.PASS) {
            move(RoundStatus.APPROVED, RouteDecision.APPROVE, talent,
                    opinion == null || opinion.isBlank() ? null : opinion.strip(), now);
        } else {
            throw ConflictException.of("evaluation.error.illegalTransition",
                    ConflictException.label(status),
                    ConflictException.label(decision));
        }
    }

    public void publish(Actor cast, String number, LocalDate on, Instant now) {
        requireCityCast(cast);
        require(RoundStatus.APPROVED, RouteDecision.PUBLISH);
        this.documentNumber = number;
        this.publishedOn = on;
        move(RoundStatus.PUBLISHED, RouteDecision.PUBLISH, cast, number, now);
    }

    /** Scoring, adjusting and verifying happen only while the round is open; a published year is read-only. */
    public void requireOpen() {
        if (status == RoundStatus.PUBLISHED) {
            throw ConflictException.of("evaluation.error.published", ConflictException.year(year));
        }
        if (status != RoundStatus.OPEN) {
            throw ConflictException.of("evaluation.error.roundDecided", ConflictException.year(year));
        }
    }

    public List<Long> chosenInTie() {
        return tieChosen == null || tieChosen.isBlank() ? List.of()
                : Arrays.stream(tieChosen.split(",")).map(Long::valueOf).toList();
    }

    private void move(RoundStatus to, RouteDecision decision, Actor actor, String opinion, Instant now) {
        records.add(new RoundRecord(id, records.size() + 1, status.name(), decision, actor, opinion, now));
        status = to;
    }

    private void require(RoundStatus expected, RouteDecision decision) {
        if (status != expected) {
            throw ConflictException.of("evaluation.error.illegalTransition",
                    ConflictException.label(status),
                    ConflictException.label(decision));
        }
    }

    private static void requireCityCast(Actor actor) {
        if (!actor.has(Role.CITY_CAST)) {
            throw ConflictException.of("evaluation.error.wrongActor");
        }
    }

    public Long getId() { return id; }
    public int getYear() { return year; }
    public LocalDate getReportDeadline() { return reportDeadline; }
    public LocalDate getRecognisedBy() { return recognisedBy; }
    public RoundStatus getStatus() { return status; }
    public String getTieReason() { return tieReason; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getMeetingReference() { return meetingReference; }
    public String getDocumentNumber() { return documentNumber; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public List<RoundRecord> getRecords() { return List.copyOf(records); }
    public int getVersion() { return version; }
}
