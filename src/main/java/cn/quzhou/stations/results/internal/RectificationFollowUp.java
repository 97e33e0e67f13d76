package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.evaluation.ResultVersions;
import cn.quzhou.stations.evaluation.ResultVersion;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.evaluation.EvaluationResultPublished;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.organisation.JurisdictionKind;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.results.internal.Actors;
import cn.quzhou.stations.results.internal.Rectification;
import cn.quzhou.stations.station.StationStatus;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Art. 17 对于考核不合格的，给予通报批评、责令限期整改: a result in force turning UNQUALIFIED opens a rectification
 * task with its public criticism notice and deadline (policy data), once per year and station (a closed task is not
 * reopened by a later correction; a cancelled one may be followed by a new one); a correction away from UNQUALIFIED cancels the
 * open task with the correction's reason.
 */
@Component
public class RectificationFollowUp {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final RectificationStore store;
    private final RectificationRepository tasks;
    private final ResultVersions results;
    private final ResultViews views;
    private final ResultsPolicy policy;
    private final Stations stations;
    private final Jurisdictions jurisdictions;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    RectificationFollowUp(RectificationStore store, RectificationRepository tasks, ResultVersions results, ResultViews views, ResultsPolicy policy,
            Stations stations, Jurisdictions jurisdictions, Accounts accounts, Notifications notifications,
            AuditLog audit, MessageSource messages, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.results = results;
        this.views = views;
        this.policy = policy;
        this.stations = stations;
        this.jurisdictions = jurisdictions;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    void follow(EvaluationResultPublished e) {
        var open = store.openOf(e.year(), e.stationId());
        boolean unqualified = e.grade() == Grade.UNQUALIFIED;
        if (unqualified == open.isPresent()) {
            return; // nothing to open, or already open (a correction of an unqualified total): a year's publication stays cheap
        }
        // the row is the record; an event without one (a synthetic event) has nothing to rectify
        ResultVersion row = results.byId(e.resultId()).orElse(null);
        if (row == null) {
            return;
        }
        if (unqualified) {
            if (store.rectifiedOrUnderway(e.year(), e.stationId())) {
                return; // a closed task: correcting the total of a still-unqualified year opens no second notice
            }
            StationView station = stations.byIds(List.of(e.stationId())).get(e.stationId());
            if (station != null && station.status() != StationStatus.REVOKED) {
                open(e, row);
            }
        } else {
            String reason = messages.getMessage("results.rectification.cancelledByCorrection",
                    new Object[] {e.version(), messages.getMessage("evaluation.grade." + e.grade(), null, ZH),
                            row.correctionReason() == null ? "" : row.correctionReason()}, ZH);
            cancel(open.get(), reason);
        }
    }

    /** Cancels an open task (a correction, a revocation) and tells the host unit. */
    void cancel(RectificationStore.Row task, String reason) {
        Rectification rectification = tasks.lockById(task.id()).orElseThrow();
        if (rectification.cancellable()) {
            rectification.cancel(reason);
            tasks.saveAndFlush(rectification);
            store.step(task.id(), "CANCELLED", reason, null, Actors.current(), clock.instant());
            audit.record(AuditRecord.success("rectification.cancel", "rectification", task.id(), reason));
            notifyUnit(task.hostUnitId(), "results.notify.rectificationCancelled", task.stationId(), task.year(),
                    task.id(), reason);
        }
    }

    private void open(EvaluationResultPublished e, ResultVersion row) {
        LocalDate today = LocalDate.now(clock);
        ResultsPolicy.Version p = policy.on(today);
        int seq = store.nextNoticeSeq(today.getYear());
        String number = p.noticeNumber(today.getYear(), seq);
        LocalDate deadline = today.plusMonths(p.rectificationMonths());
        boolean cityDirect = jurisdictions.get(e.jurisdictionId()).kind() == JurisdictionKind.CITY_DIRECT;
        long id = store.open(e.year(), e.stationId(), e.resultId(), e.hostUnitId(), e.jurisdictionId(), cityDirect,
                today.getYear(), seq, number, views.reason(row, ZH), today, deadline);
        store.step(id, "OPENED", number, deadline, Actors.current(), clock.instant());
        audit.record(AuditRecord.success("rectification.open", "rectification", id,
                e.year() + " station " + e.stationId() + " v" + e.version() + ", " + number + ", deadline " + deadline));
        notifyUnit(e.hostUnitId(), "results.notify.rectificationOpened", e.stationId(), e.year(), id,
                deadline.toString());
    }

    void notifyUnit(long hostUnitId, String key, long stationId, int year, long taskId, String extra) {
        StationView station = stations.byIds(List.of(stationId)).get(stationId);
        List<Long> to = accounts.contactsOfUnit(hostUnitId).stream().map(Contact::accountId).toList();
        notifications.notify(to, key, List.of(station == null ? "#" + stationId : station.name(),
                String.valueOf(year), extra), "/rectifications/" + taskId);
    }
}
