package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.evaluation.EvaluationResultPublished;
import cn.quzhou.stations.station.StationRevoked;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What follows a published (or corrected) result and a revocation, in the publishing transaction: nothing
 * acknowledged is lost, and a failure here undoes the publication.
 */
@Component
class AfterPublication {

    private final RectificationFollowUp rectification;
    private final TwoUnqualifiedYears twoYears;
    private final RectificationStore tasks;
    private final ProposalStore proposals;
    private final ProposalOpening opening;
    private final MessageSource messages;
    private final ResultListUpkeep resultList;

    AfterPublication(RectificationFollowUp rectification, TwoUnqualifiedYears twoYears, RectificationStore tasks,
            ProposalStore proposals, ProposalOpening opening, MessageSource messages, ResultListUpkeep resultList) {
        this.resultList = resultList;
        this.rectification = rectification;
        this.twoYears = twoYears;
        this.tasks = tasks;
        this.proposals = proposals;
        this.opening = opening;
        this.messages = messages;
    }

    @EventListener
    void on(EvaluationResultPublished e) {
        resultList.follow(e);
        rectification.follow(e);
        twoYears.follow(e);
    }

    /** A revoked station needs neither rectification nor another revocation. */
    @EventListener
    void on(StationRevoked e) {
        String note = messages.getMessage("results.stationRevoked", new Object[] {e.documentNumber()},
                Locale.SIMPLIFIED_CHINESE);
        tasks.openOfStation(e.stationId()).forEach(t -> rectification.cancel(t, note));
        proposals.open(e.stationId()).forEach(p -> opening.withdraw(p, note));
    }
}
