package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.shared.Versioned;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.evaluation.ReportView;
import cn.quzhou.stations.evaluation.RoundView;
import cn.quzhou.stations.evaluation.SelfReportStatus;
import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * What the evaluation facades share: the actor from the principal, lookups through the data scope (out of scope =
 * not found), the deadline sweep, "already handled" on concurrent decisions, notifications, views.
 */
@Component
public class RouteSupport {


    private final RoundRepository rounds;
    private final SelfReportRepository reports;
    private final Jurisdictions jurisdictions;
    private final Accounts accounts;
    private final Notifications notifications;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;

    RouteSupport(RoundRepository rounds, SelfReportRepository reports, Jurisdictions jurisdictions, Accounts accounts,
                 Notifications notifications, Clock clock) {
        this.rounds = rounds;
        this.reports = reports;
        this.jurisdictions = jurisdictions;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    public LocalDate today() {
        return Beijing.today(clock);
    }

    public Actor actor() {
        PlatformUser me = PlatformUser.current();
        return new Actor(me.accountId(), me.displayName(), office(me), me.roles(), me.jurisdictionId(),
                me.hostUnitId());
    }

    private String office(PlatformUser me) {
        if (me.has(Role.CITY_CAST)) {
            return "衢州市科协";
        }
        if (me.has(Role.CITY_TALENT)) {
            return "中共衢州市委人才工作领导小组办公室";
        }
        if (me.jurisdictionId() != null && (me.has(Role.COUNTY_CAST) || me.has(Role.COUNTY_TALENT))) {
            String county = jurisdictions.get(me.jurisdictionId()).name();
            return county + (me.has(Role.COUNTY_CAST) ? "科协" : "委人才办");
        }
        return me.displayName();
    }

    public Round round(int year) {
        Round round = rounds.findByYear(year).orElseThrow(() -> new NotFoundException("evaluation round", year));
        sweep(round);
        return round;
    }

    /**
     * Art. 13: once the deadline has passed, every report still in draft is NOT_SUBMITTED, and so is every returned
     * report past its resubmission deadline. Runs daily and whenever a round is read; idempotent (each moves once).
     */
    public int sweep(Round round) {
        LocalDate today = today();
        int moved = 0;
        // a returned report has its own resubmission deadline (V21): past it, it blocks the year no longer
        for (SelfReport r : reports.findByYearAndStatus(round.getYear(), SelfReportStatus.RETURNED)) {
            if (r.markResubmissionLapsed(today, clock.instant())) {
                save(r);
                moved++;
            }
        }
        if (!today.isAfter(round.getReportDeadline())) {
            return moved;
        }
        for (SelfReport r : reports.findByYearAndStatus(round.getYear(), SelfReportStatus.DRAFT)) {
            if (r.markNotSubmitted(round.getReportDeadline(), clock.instant())) {
                save(r);
                moved++;
            }
        }
        return moved;
    }

    /** The rounds still taking reports and scores. */
    public List<Round> openRounds() {
        return rounds.findAllByOrderByYearDesc().stream()
                .filter(r -> r.getStatus() == cn.quzhou.stations.evaluation.RoundStatus.OPEN)
                .peek(this::sweep).toList();
    }

    /**
     * The years of the rounds still taking reports, read without the sweep: for reads that must change nothing (the
     * 待办 lines), which leave out themselves what the sweep would move.
     */
    public List<Integer> openRoundYears() {
        return rounds.findAllByOrderByYearDesc().stream()
                .filter(r -> r.getStatus() == cn.quzhou.stations.evaluation.RoundStatus.OPEN).map(Round::getYear)
                .toList();
    }

    /** A report the signed-in user may see (data scope from the principal); anything else is not found. */
    public SelfReport visible(long reportId) {
        Specification<SelfReport> scope = PlatformUser.current().scope().specification("jurisdictionId", "hostUnitId");
        SelfReport r = reports.findOne(scope.and((root, q, cb) -> cb.equal(root.get("id"), reportId)))
                .orElseThrow(() -> new NotFoundException("self-report", reportId));
        sweep(round(r.getYear()));
        return reports.findById(reportId).orElseThrow();
    }

    /**
     * The report row locked for this transaction, still at the version read: a judgement, adjustment or inspection and the
     * verification serialise on it, so none lands after a verification it raced with.
     */
    public SelfReport lock(SelfReport r) {
        try {
            // select … for update of the version: a change committed since r was read is a stale state, i.e. a conflict
            entityManager.lock(r, LockModeType.PESSIMISTIC_WRITE);
        } catch (jakarta.persistence.OptimisticLockException | org.hibernate.StaleStateException e) {
            throw ConflictException.of("evaluation.error.alreadyHandled");
        }
        return r;
    }

    public List<SelfReport> visibleOfYear(int year) {
        Specification<SelfReport> scope = PlatformUser.current().scope().specification("jurisdictionId", "hostUnitId");
        return reports.findAll(scope.and((root, q, cb) -> cb.equal(root.get("year"), year)),
                org.springframework.data.domain.Sort.by("stationName", "id"));
    }

    /** How many reports of {@code years} at one of {@code statuses} the signed-in user may see: one count. */
    public long countVisible(java.util.Collection<Integer> years, java.util.Collection<SelfReportStatus> statuses) {
        Specification<SelfReport> scope = PlatformUser.current().scope().specification("jurisdictionId", "hostUnitId");
        return reports.count(scope.and((root, q, cb) -> cb.and(root.get("year").in(years),
                root.get("status").in(statuses))));
    }

    public void requireVersion(SelfReport r, Integer version) {
        Versioned.require(r.getVersion(), version, "evaluation.error.alreadyHandled");
    }

    public void requireVersion(Round r, Integer version) {
        Versioned.require(r.getVersion(), version, "evaluation.error.alreadyHandled");
    }

    /** Two decisions on one version: the loser meets the version check or the unique opinion box number. */
    public SelfReport save(SelfReport r) {
        try {
            return reports.saveAndFlush(r);
        } catch (OptimisticLockingFailureException e) {
            throw ConflictException.of("evaluation.error.alreadyHandled");
        } catch (DataIntegrityViolationException e) {
            throw uniqueKey(e);
        }
    }

    public Round save(Round r) {
        try {
            return rounds.saveAndFlush(r);
        } catch (OptimisticLockingFailureException e) {
            throw ConflictException.of("evaluation.error.alreadyHandled");
        } catch (DataIntegrityViolationException e) {
            throw uniqueKey(e);
        }
    }

    /** Only a unique key (the opinion box number taken by the winner) means "already handled"; anything else is a fault. */
    private static RuntimeException uniqueKey(DataIntegrityViolationException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return ConflictException.of("evaluation.error.alreadyHandled");
            }
        }
        return e;
    }

    public void notify(Collection<Contact> to, String key, List<String> args, String link) {
        List<Long> ids = to.stream().map(Contact::accountId).distinct().toList();
        if (!ids.isEmpty()) {
            notifications.notify(ids, key, args, link);
        }
    }

    /** Whoever the report waits for now. */
    public void notifyNext(SelfReport r) {
        String link = "/evaluations/reports/" + r.getId();
        List<String> args = List.of(String.valueOf(r.getYear()), r.getStationName());
        switch (r.getStatus()) {
            case COUNTY_CHECK -> notify(accounts.contactsOf(Role.COUNTY_CAST, r.getJurisdictionId()),
                    "evaluation.notify.toCheck", args, link);
            case COUNTY_TALENT -> notify(accounts.contactsOf(Role.COUNTY_TALENT, r.getJurisdictionId()),
                    "evaluation.notify.toForward", args, link);
            case CITY_REVIEW -> notify(accounts.contactsOf(Role.CITY_CAST, null), "evaluation.notify.toReview", args,
                    link);
            case RETURNED -> notify(accounts.contactsOfUnit(r.getHostUnitId()), "evaluation.notify.returnedWithReason",
                    List.of(args.get(0), args.get(1), lastOpinion(r)), link);
            default -> { }
        }
    }

    public static ReportView view(SelfReport r) {
        return new ReportView(r.getId(), r.getYear(), r.getStationId(), r.getStationName(), r.getHostUnitId(),
                r.getJurisdictionId(), r.getLevel(), r.isCityDirect(), r.getStationYear(), r.getStatus(),
                r.getSummary(), r.declared(), r.getCoverage(), r.getTeamSize(), r.getSubmittedAt(), r.getVersion(),
                r.getRecords().stream().map(RouteRecord::view).toList(), r.getResubmitBy());
    }

    public static RoundView view(Round r) {
        return new RoundView(r.getId(), r.getYear(), r.getReportDeadline(), r.getRecognisedBy(), r.getStatus(),
                r.chosenInTie(), r.getTieReason(), r.getDecidedOn(), r.getMeetingReference(), r.getDocumentNumber(),
                r.getPublishedOn(), r.getVersion(), r.getRecords().stream().map(RouteRecord::view).toList());
    }

    /** The reason of the step that returned the report: its last opinion box. */
    private static String lastOpinion(SelfReport r) {
        List<ReportRecord> records = r.getRecords();
        String opinion = records.isEmpty() ? null : records.get(records.size() - 1).view().opinion();
        return opinion == null ? "" : opinion.strip();
    }
}
