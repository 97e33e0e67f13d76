package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.results.internal.ProposalOpening;
import cn.quzhou.stations.results.internal.ProposalStore;
import cn.quzhou.stations.station.RevocationCause;
import cn.quzhou.stations.station.SocietyWithdrawalReported;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Art. 18(6): the society reported poor cooperation and no intention to continue — the city CAST gets a revocation
 * proposal with that feedback as its basis, once per feedback. A later such feedback supersedes the earlier one: an
 * open proposal on the earlier feedback is withdrawn and the new one opened, so one stands at a time.
 */
@Component
class SocietyWithdrawal {

    private final ProposalStore proposals;
    private final ProposalOpening opening;
    private final MessageSource messages;

    SocietyWithdrawal(ProposalStore proposals, ProposalOpening opening, MessageSource messages) {
        this.proposals = proposals;
        this.opening = opening;
        this.messages = messages;
    }

    @EventListener
    void on(SocietyWithdrawalReported e) {
        String note = messages.getMessage("results.proposal.feedbackSuperseded", new Object[] {e.givenOn()},
                Locale.SIMPLIFIED_CHINESE);
        proposals.openFor(e.stationId(), RevocationCause.SOCIETY_WITHDRAWS).stream()
                .filter(p -> p.feedbackId() != null && p.feedbackId() != e.feedbackId())
                .forEach(p -> opening.withdraw(p, note));
        opening.propose(e.stationId(), e.hostUnitId(), e.jurisdictionId(), RevocationCause.SOCIETY_WITHDRAWS, 0, null,
                null, e.feedbackId());
    }
}
