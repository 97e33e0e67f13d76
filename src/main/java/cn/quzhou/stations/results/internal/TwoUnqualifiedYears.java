package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.evaluation.ResultVersions;
import cn.quzhou.stations.evaluation.ResultVersion;
import cn.quzhou.stations.evaluation.EvaluationResultPublished;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.results.internal.ProposalOpening;
import cn.quzhou.stations.station.RevocationCause;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Art. 18(5) 连续两年绩效考核不合格: whenever a result is published (or corrected), the pairs of consecutive years it
 * belongs to are looked at again — both in force UNQUALIFIED proposes revocation (once per pair); a pair that no
 * longer is withdraws its open proposal with a note.
 */
@Component
public class TwoUnqualifiedYears {

    private final ResultVersions results;
    private final ProposalOpening proposals;
    private final MessageSource messages;

    TwoUnqualifiedYears(ResultVersions results, ProposalOpening proposals, MessageSource messages) {
        this.results = results;
        this.proposals = proposals;
        this.messages = messages;
    }

    void follow(EvaluationResultPublished e) {
        if (e.grade() != Grade.UNQUALIFIED) {
            // neither pair the year belongs to is a basis any more: withdraw what is open (usually nothing)
            String note = messages.getMessage("results.proposal.basisGone", new Object[] {String.valueOf(e.year()),
                    e.version(), messages.getMessage("evaluation.grade." + e.grade(), null, Locale.SIMPLIFIED_CHINESE)},
                    Locale.SIMPLIFIED_CHINESE);
            proposals.withdraw(e.stationId(), RevocationCause.TWO_UNQUALIFIED_YEARS,
                    java.util.Set.of(e.year(), e.year() + 1), note);
            return;
        }
        for (int later = e.year(); later <= e.year() + 1; later++) {
            int other = later == e.year() ? later - 1 : later;
            if (unqualified(results.inForce(other, e.stationId()))) {
                proposals.propose(e.stationId(), e.hostUnitId(), e.jurisdictionId(),
                        RevocationCause.TWO_UNQUALIFIED_YEARS, later, null, null);
            }
        }
    }

    private static boolean unqualified(Optional<ResultVersion> row) {
        return row.map(r -> r.grade() == Grade.UNQUALIFIED).orElse(false);
    }
}
