package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.evaluation.RouteDecision;
import cn.quzhou.stations.evaluation.SelfReportMoved;
import cn.quzhou.stations.evaluation.SelfReportStatus;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 自评报告 — one station's report of one year and its route (Art. 16). Every transition checks the step and the
 * actor, appends an opinion box and registers {@link SelfReportMoved}; there are no status setters.
 */
@Entity
@Table(name = "evaluation_report")
public class SelfReport extends AbstractAggregateRoot<SelfReport> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long roundId;
    private int year;
    private long stationId;
    private String stationName;
    private long hostUnitId;
    private long jurisdictionId;
    private long societyId;
    @Enumerated(EnumType.STRING)
    private SocietyLevel level;
    private boolean cityDirect;
    private int stationYear;
    @Enumerated(EnumType.STRING)
    private SelfReportStatus status = SelfReportStatus.DRAFT;
    private String summary;
    private String declarations;
    private BigDecimal coverage;
    private Integer teamSize;
    private Instant submittedAt;
    private LocalDate resubmitBy;
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "report_id", insertable = false, updatable = false)
    @OrderBy("seq")
    private List<ReportRecord> records = new ArrayList<>();
    @Version
    private int version;

    protected SelfReport() {
    }

    /** A station due in the round: fixed when the round opens. */
    public SelfReport(long roundId, int year, long stationId, String stationName, long hostUnitId, long jurisdictionId,
                      long societyId, SocietyLevel level, boolean cityDirect, int stationYear) {
        this.roundId = roundId;
        this.year = year;
        this.stationId = stationId;
        this.stationName = stationName;
        this.hostUnitId = hostUnitId;
        this.jurisdictionId = jurisdictionId;
        this.societyId = societyId;
        this.level = level;
        this.cityDirect = cityDirect;
        this.stationYear = stationYear;
    }

    /** The host unit drafts (or, after a return, amends) its report. */
    public void draft(Actor unit, String summary, Map<String, Set<String>> declared, BigDecimal coverage) {
        requireOwnUnit(unit);
        if (!status.editable()) {
            throw ConflictException.of("evaluation.error.notEditable");
        }
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        this.declarations = encode(declared);
        this.coverage = coverage;
    }

    /**
     * Hands the report in: refused after the deadline unless it was returned (it was then submitted in time once).
     * County stations go to their county CAST, city-level ones straight to the city CAST.
     */
    public void submit(Actor unit, LocalDate today, LocalDate deadline, int teamSize, Instant now) {
        requireOwnUnit(unit);
        if (!status.editable()) {
            throw ConflictException.of("evaluation.error.notEditable");
        }
        if (status == SelfReportStatus.DRAFT && today.isAfter(deadline)) {
            throw new BusinessRuleException("deadline", "evaluation.error.deadlinePassed", deadline.toString());
        }
        if (status == SelfReportStatus.RETURNED && resubmitBy != null && today.isAfter(resubmitBy)) {
            throw new BusinessRuleException("deadline", "evaluation.error.deadlinePassed", resubmitBy.toString());
        }
        if (summary == null) {
            throw new BusinessRuleException("summary", "evaluation.error.summaryRequired");
        }
        this.teamSize = teamSize;
        this.submittedAt = now;
        this.resubmitBy = null;
        move(cityDirect ? SelfReportStatus.CITY_REVIEW : SelfReportStatus.COUNTY_CHECK, RouteDecision.SUBMIT, unit,
                null, now);
    }

    /** The county CAST checks the report is true and complete: pass to the county talent office, or return. */
    public void countyCheck(Actor cast, RouteDecision decision, String opinion, Instant now) {
        requireAt(SelfReportStatus.COUNTY_CHECK, decision);
        requireCounty(cast, Role.COUNTY_CAST);
        passOrReturn(cast, decision, opinion, SelfReportStatus.COUNTY_TALENT, now);
    }

    /** The county talent office forwards the checked report to the city CAST, or returns it. */
    public void countyForward(Actor talent, RouteDecision decision, String opinion, Instant now) {
        requireAt(SelfReportStatus.COUNTY_TALENT, decision);
        requireCounty(talent, Role.COUNTY_TALENT);
        passOrReturn(talent, decision, opinion, SelfReportStatus.CITY_REVIEW, now);
    }

    /** The city CAST returns a report under review to the station. */
    public void cityReturn(Actor cast, String opinion, Instant now) {
        requireAt(SelfReportStatus.CITY_REVIEW, RouteDecision.RETURN);
        requireRole(cast, Role.CITY_CAST);
        passOrReturn(cast, RouteDecision.RETURN, opinion, null, now);
    }

    /** The city CAST has verified the report and its scoring. */
    public void verify(Actor cast, String opinion, Instant now) {
        requireAt(SelfReportStatus.CITY_REVIEW, RouteDecision.VERIFY);
        requireRole(cast, Role.CITY_CAST);
        move(SelfReportStatus.VERIFIED, RouteDecision.VERIFY, cast, blank(opinion), now);
    }

    /**
     * A returned report is resubmitted by {@code day} (the policy's period after the return), or it becomes
     * NOT_SUBMITTED: otherwise one return could hold the whole year's decision back for ever.
     */
    public void resubmitBy(LocalDate day) {
        if (status != SelfReportStatus.RETURNED) {
            throw new IllegalStateException("report " + id + " is not returned");
        }
        this.resubmitBy = day;
    }

    /** Art. 13: a returned report not resubmitted within its period. Idempotent like the deadline sweep. */
    public boolean markResubmissionLapsed(LocalDate today, Instant now) {
        if (status != SelfReportStatus.RETURNED || resubmitBy == null || !today.isAfter(resubmitBy)) {
            return false;
        }
        move(SelfReportStatus.NOT_SUBMITTED, RouteDecision.NOT_SUBMITTED, Actor.system(), resubmitBy.toString(), now);
        return true;
    }

    /** The city CAST closes a returned report the station will not resubmit, with the reason (Art. 13). */
    public void closeNotSubmitted(Actor cast, String reason, Instant now) {
        requireAt(SelfReportStatus.RETURNED, RouteDecision.NOT_SUBMITTED);
        requireRole(cast, Role.CITY_CAST);
        move(SelfReportStatus.NOT_SUBMITTED, RouteDecision.NOT_SUBMITTED, cast, required(reason), now);
    }

    /**
     * The city CAST takes a verified report back under review (e.g. after the talent office returned the year's
     * results), with the reason; the caller checks the round is open, i.e. neither decided nor published.
     */
    public void reopenVerification(Actor cast, String reason, Instant now) {
        requireAt(SelfReportStatus.VERIFIED, RouteDecision.REOPEN);
        requireRole(cast, Role.CITY_CAST);
        move(SelfReportStatus.CITY_REVIEW, RouteDecision.REOPEN, cast, required(reason), now);
    }

    /** Art. 13: never submitted by the deadline. Only from DRAFT; a second call is a no-op (idempotent sweep). */
    public boolean markNotSubmitted(LocalDate deadline, Instant now) {
        if (status != SelfReportStatus.DRAFT) {
            return false;
        }
        move(SelfReportStatus.NOT_SUBMITTED, RouteDecision.NOT_SUBMITTED, Actor.system(), deadline.toString(), now);
        return true;
    }

    private void passOrReturn(Actor actor, RouteDecision decision, String opinion, SelfReportStatus next,
                              Instant now) {
        if (decision == RouteDecision.RETURN) {
            if (blank(opinion) == null) {
                throw new BusinessRuleException("opinion", "evaluation.error.opinionRequired");
            }
            move(SelfReportStatus.RETURNED, decision, actor, opinion.strip(), now);
        } else if (decision == RouteDecision.PASS && next != null) {
            move(next, decision, actor, blank(opinion), now);
        } else {
            throw ConflictException.of("evaluation.error.illegalTransition",
                    ConflictException.label(status),
                    ConflictException.label(decision));
        }
    }

    private void move(SelfReportStatus to, RouteDecision decision, Actor actor, String opinion, Instant now) {
        SelfReportStatus from = status;
        requireSeparateDuties(from.name(), decision, actor);
        records.add(new ReportRecord(id, records.size() + 1, from.name(), decision, actor, opinion, now));
        status = to;
        registerEvent(new SelfReportMoved(id, year, stationId, hostUnitId, jurisdictionId, from, decision, to));
    }

    /**
     * Separation of duties, belt and braces (issue #10 §3): whatever roles an account holds — even written into the
     * database around the role grant — one person acts on one duty of a self-report only (the station's submission,
     * the county CAST's check, the county talent office's forwarding, the city CAST's review), and nobody but the
     * station itself acts on its own unit's report. Checked against the acting account id of every opinion box; the
     * platform's own moves (deadline sweep, account 0) are nobody's duty.
     */
    private void requireSeparateDuties(String step, RouteDecision decision, Actor actor) {
        if (actor.accountId() == 0) {
            return;
        }
        Role duty = dutyOf(step, decision);
        if (duty != Role.APPLICANT && actor.hostUnitId() != null && actor.hostUnitId() == hostUnitId) {
            throw ConflictException.of("evaluation.error.ownUnit");
        }
        for (ReportRecord r : records) {
            Role earlier = dutyOf(r.getStep(), r.getDecision());
            if (r.getActorId() == actor.accountId() && earlier != null && earlier != duty) {
                throw ConflictException.of("evaluation.error.twoSteps");
            }
        }
    }

    /** Whose duty a step of the report route is (the system's moves: nobody's). */
    static Role dutyOf(String step, RouteDecision decision) {
        if (decision == RouteDecision.SUBMIT) {
            return Role.APPLICANT;
        }
        if (decision == RouteDecision.NOT_SUBMITTED && !SelfReportStatus.RETURNED.name().equals(step)) {
            return null;
        }
        return switch (SelfReportStatus.valueOf(step)) {
            case COUNTY_CHECK -> Role.COUNTY_CAST;
            case COUNTY_TALENT -> Role.COUNTY_TALENT;
            case CITY_REVIEW, VERIFIED, RETURNED -> Role.CITY_CAST;
            default -> null;
        };
    }

    private void requireAt(SelfReportStatus expected, RouteDecision decision) {
        if (status != expected) {
            throw ConflictException.of("evaluation.error.illegalTransition",
                    ConflictException.label(status),
                    ConflictException.label(decision));
        }
    }

    private void requireOwnUnit(Actor unit) {
        if (!unit.has(Role.APPLICANT) || unit.hostUnitId() == null || unit.hostUnitId() != hostUnitId) {
            throw ConflictException.of("evaluation.error.wrongActor");
        }
    }

    private void requireCounty(Actor actor, Role role) {
        if (!actor.has(role) || actor.jurisdictionId() == null || actor.jurisdictionId() != jurisdictionId) {
            throw ConflictException.of("evaluation.error.wrongActor");
        }
    }

    private static void requireRole(Actor actor, Role role) {
        if (!actor.has(role)) {
            throw ConflictException.of("evaluation.error.wrongActor");
        }
    }

    private static String required(String reason) {
        if (blank(reason) == null) {
            throw new BusinessRuleException("opinion", "evaluation.error.opinionRequired");
        }
        return reason.strip();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String encode(Map<String, Set<String>> declared) {
        List<String> items = new ArrayList<>();
        declared.forEach((item, parts) -> {
            if (!parts.isEmpty()) {
                items.add(item + ":" + String.join(",", parts));
            }
        });
        return items.isEmpty() ? null : String.join(";", items);
    }

    /** The declarations as the engine takes them: item code → parts/tiers. */
    public Map<String, Set<String>> declared() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        if (declarations != null) {
            for (String item : declarations.split(";")) {
                String[] kv = item.split(":", 2);
                out.put(kv[0], new LinkedHashSet<>(List.of(kv[1].split(","))));
            }
        }
        return out;
    }

    public Long getId() { return id; }
    public long getRoundId() { return roundId; }
    public int getYear() { return year; }
    public long getStationId() { return stationId; }
    public String getStationName() { return stationName; }
    public long getHostUnitId() { return hostUnitId; }
    public long getJurisdictionId() { return jurisdictionId; }
    public long getSocietyId() { return societyId; }
    public SocietyLevel getLevel() { return level; }
    public boolean isCityDirect() { return cityDirect; }
    public int getStationYear() { return stationYear; }
    public SelfReportStatus getStatus() { return status; }
    public String getSummary() { return summary; }
    public BigDecimal getCoverage() { return coverage; }
    public Integer getTeamSize() { return teamSize; }
    public Instant getSubmittedAt() { return submittedAt; }
    public LocalDate getResubmitBy() { return resubmitBy; }
    public List<ReportRecord> getRecords() { return List.copyOf(records); }
    public int getVersion() { return version; }
}
