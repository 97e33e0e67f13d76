package cn.quzhou.stations.results;

import cn.quzhou.stations.evaluation.EvaluationResultPublished;
import cn.quzhou.stations.evaluation.ResultVersion;
import cn.quzhou.stations.shared.Versioned;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.evaluation.IndicatorTable;
import cn.quzhou.stations.evaluation.ResultVersions;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.evaluation.scoring.GradingParameters;
import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.CorrectionCommand;
import cn.quzhou.stations.results.CorrectionView;
import cn.quzhou.stations.results.DecisionNote;
import cn.quzhou.stations.results.OpenWaiting;
import cn.quzhou.stations.results.internal.CorrectionStore;
import cn.quzhou.stations.results.internal.ResultCorrection;
import cn.quzhou.stations.results.internal.ResultCorrectionRepository;
import cn.quzhou.stations.results.internal.ResultViews;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 17 — published results are immutable: a correction is a new version with a reason and an approver. One city
 * CAST account proposes a new grade and/or total for a result in force; another approves (the proposer cannot) or
 * rejects. Approval appends version n+1 and publishes {@link EvaluationResultPublished} with it; of two approvals
 * racing, one writes the version and the other is told of the conflict.
 */
@Service
@Transactional(readOnly = true)
public class ResultCorrections {

    private final ResultVersions results;
    private final ResultViews views;
    private final CorrectionStore corrections;
    private final ResultCorrectionRepository proposals;
    private final IndicatorTable policies;
    private final Stations stations;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Accounts accounts;
    private final Notifications notifications;
    private final Clock clock;

    ResultCorrections(ResultVersions results, ResultViews views, CorrectionStore corrections, ResultCorrectionRepository proposals, IndicatorTable policies, Stations stations,
            ApplicationEventPublisher events, AuditLog audit, Accounts accounts, Notifications notifications,
            Clock clock) {
        this.results = results;
        this.views = views;
        this.corrections = corrections;
        this.proposals = proposals;
        this.policies = policies;
        this.stations = stations;
        this.events = events;
        this.audit = audit;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('evaluation:correct')")
    public CorrectionView propose(long stationId, CorrectionCommand c) {
        StationView station = stations.get(stationId);
        ResultVersion inForce = results.inForce(c.year(), stationId)
                .orElseThrow(() -> new BusinessRuleException("year", "results.correction.error.noResult", String.valueOf(c.year())));
        Grade grade = c.grade() == null ? inForce.grade() : c.grade();
        BigDecimal total = c.total() == null ? inForce.total() : c.total();
        if (grade == inForce.grade() && Objects.equals(norm(total), norm(inForce.total()))) {
            throw new BusinessRuleException("grade", "results.correction.error.nothingChanges");
        }
        checkArticle17(inForce, grade, total);
        String me = PlatformUser.current().getUsername();
        long id;
        try {
            id = corrections.insert(c.year(), stationId, inForce.version(), grade, total, c.reason().strip(), me,
                    PlatformUser.current().accountId(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw ConflictException.of("results.correction.error.alreadyOpen");
        }
        audit.record(AuditRecord.success("results.correction.propose", "station", stationId,
                c.year() + " v" + inForce.version() + ": " + inForce.grade() + "/" + inForce.total() + " → " + grade
                        + "/" + total + " #" + id));
        List<Long> others = accounts.contactsOf(Role.CITY_CAST, null).stream().map(Contact::accountId)
                .filter(a -> a != PlatformUser.current().accountId()).toList();
        notifications.notify(others, "results.notify.correctionProposed", List.of(station.name(),
                String.valueOf(c.year())), "/evaluations/results/stations/" + stationId);
        return corrections.find(id, station.name()).orElseThrow();
    }

    /** Approves another account's proposal: version n+1 is written and published. */
    @Transactional
    @PreAuthorize("hasAuthority('evaluation:correct')")
    public ResultView approve(long correctionId) {
        CorrectionView c = proposal(correctionId);
        String me = PlatformUser.current().getUsername();
        if (me.equals(c.proposedBy())) {
            throw new BusinessRuleException(null, "results.correction.error.ownProposal");
        }
        ResultVersion inForce = results.inForce(c.year(), c.stationId()).orElseThrow();
        Versioned.require(inForce.version(), c.baseVersion(), "results.correction.error.stale");
        checkArticle17(inForce, c.grade(), c.total()); // the year may have changed since the proposal
        Instant now = clock.instant();
        ResultCorrection decided = locked(correctionId);
        decided.approve(me, now);
        proposals.saveAndFlush(decided);
        long resultId;
        try {
            resultId = results.appendCorrection(inForce, c.grade(), c.total(), c.reason(), c.proposedBy(), me,
                    LocalDate.now(clock), now);
        } catch (DuplicateKeyException e) {
            throw ConflictException.of("results.correction.error.stale");
        }
        decided.linkResult(resultId);
        proposals.saveAndFlush(decided);
        ResultVersion written = results.byId(resultId).orElseThrow();
        audit.record(AuditRecord.success("results.correction.approve", "station", c.stationId(),
                c.year() + " v" + written.version() + " #" + correctionId + " proposed by " + c.proposedBy()));
        events.publishEvent(new EvaluationResultPublished(written.id(), written.year(), written.stationId(),
                written.version(), written.stationYear(), written.hostUnitId(), written.jurisdictionId(),
                written.level(), written.grade(), written.total(), written.documentNumber(), written.publishedOn()));
        notifyProposer(c, "results.notify.correctionApproved");
        notifications.notify(accounts.contactsOfUnit(written.hostUnitId()).stream().map(Contact::accountId).toList(),
                "results.notify.resultCorrected", List.of(c.stationName(), String.valueOf(c.year())),
                "/evaluations/results/stations/" + c.stationId());
        return views.of(List.of(written)).get(0);
    }

    @Transactional
    @PreAuthorize("hasAuthority('evaluation:correct')")
    public void reject(long correctionId, DecisionNote note) {
        CorrectionView c = proposal(correctionId);
        String me = PlatformUser.current().getUsername();
        if (me.equals(c.proposedBy())) {
            throw new BusinessRuleException(null, "results.correction.error.ownProposal");
        }
        ResultCorrection decided = locked(correctionId);
        decided.reject(me, clock.instant(), note.note().strip());
        proposals.saveAndFlush(decided);
        audit.record(AuditRecord.success("results.correction.reject", "station", c.stationId(),
                c.year() + " #" + correctionId + ": " + note.note().strip()));
        notifyProposer(c, "results.notify.correctionRejectedWithReason", note.note().strip());
    }

    /** The 待办 of a city CAST account: proposals another account made, how many and since when (one statement). */
    @PreAuthorize("hasAuthority('evaluation:correct')")
    public OpenWaiting awaitingMe() {
        return corrections.openNotProposedBy(PlatformUser.current().getUsername());
    }

    /** The open proposals, for the city CAST's overview. */
    @PreAuthorize("hasAuthority('evaluation:correct')")
    public List<CorrectionView> open() {
        return corrections.open(stations.namesOf(corrections.openStations()));
    }

    /** One proposal, for whoever may correct results. */
    @PreAuthorize("hasAuthority('evaluation:correct')")
    public CorrectionView get(long correctionId) {
        return proposal(correctionId);
    }

    private ResultCorrection locked(long id) {
        return proposals.lockById(id).orElseThrow(() -> new NotFoundException("correction", id));
    }

    private CorrectionView proposal(long id) {
        long stationId = corrections.stationOf(id).orElseThrow(() -> new NotFoundException("correction", id));
        StationView station = stations.get(stationId);
        return corrections.find(id, station.name()).orElseThrow();
    }

    private void notifyProposer(CorrectionView c, String key, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(c.stationName(), String.valueOf(c.year())));
        args.addAll(List.of(more));
        notifications.notify(corrections.proposerAccount(c.id()).stream().toList(), key, args,
                "/evaluations/results/stations/" + c.stationId());
    }

    /**
     * Art. 13 and 17 as data, on the year as it would stand after the correction: a non-submitter stays UNQUALIFIED
     * without a total; a total under the pass line is UNQUALIFIED, one at or above it is not; the EXCELLENT grades
     * stay within the year's places (参评基数 = every row of the year, non-submitters included) and no EXCELLENT
     * total lies below a QUALIFIED one. Equal totals are allowed: a D4 tie is decided by the city CAST, whose
     * decision the correction's reason states.
     */
    private void checkArticle17(ResultVersion base, Grade grade, BigDecimal total) {
        if (!base.submitted() && (grade != Grade.UNQUALIFIED || total != null)) {
            throw new BusinessRuleException(grade != Grade.UNQUALIFIED ? "grade" : "total",
                    "results.correction.error.notSubmitted");
        }
        GradingParameters parameters = policies.governing(base.year())
                .orElseThrow(() -> new IllegalStateException("no evaluation measures in force for year " + base.year()))
                .grading();
        checkAgainstPassLine(parameters.passLine(), grade, total);
        List<ResultVersion> others = results.inForceOfYear(base.year()).stream()
                .filter(r -> r.stationId() != base.stationId()).toList();
        if (grade == Grade.EXCELLENT) {
            int places = parameters.excellentPlaces(others.size() + 1);
            long excellent = others.stream().filter(r -> r.grade() == Grade.EXCELLENT).count() + 1;
            if (base.grade() != Grade.EXCELLENT && excellent > places) {
                throw new BusinessRuleException("grade", "results.correction.error.excellentPlaces",
                        String.valueOf(places), String.valueOf(others.size() + 1));
            }
            others.stream().filter(r -> r.grade() == Grade.QUALIFIED && r.total().compareTo(total) > 0)
                    .map(ResultVersion::total).max(BigDecimal::compareTo).ifPresent(higher -> {
                        throw new BusinessRuleException("total", "results.correction.error.belowQualified",
                                plain(higher));
                    });
        } else if (grade == Grade.QUALIFIED) {
            others.stream().filter(r -> r.grade() == Grade.EXCELLENT && r.total().compareTo(total) < 0)
                    .map(ResultVersion::total).min(BigDecimal::compareTo).ifPresent(lower -> {
                        throw new BusinessRuleException("total", "results.correction.error.aboveExcellent",
                                plain(lower));
                    });
        }
    }

    /** A total under the pass line is UNQUALIFIED, one at or above it is not; a passing grade needs a total. */
    private static void checkAgainstPassLine(BigDecimal passLine, Grade grade, BigDecimal total) {
        if (total == null) {
            if (grade != Grade.UNQUALIFIED) {
                throw new BusinessRuleException("total", "results.correction.error.totalRequired");
            }
            return;
        }
        boolean below = total.compareTo(passLine) < 0;
        if (below != (grade == Grade.UNQUALIFIED)) {
            throw new BusinessRuleException("grade", below ? "results.correction.error.belowPassLine"
                    : "results.correction.error.passLineReached", plain(passLine));
        }
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal norm(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros();
    }
}
