package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.station.RevocationCause;
import cn.quzhou.stations.station.StationEvidence;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 18(4) 建站一年内合作项目无任何进展, a system-only entry point for {@link NoProgressJob} (and tests): it runs
 * without a principal, so it is not on a facade a controller could call. Every active station whose first period
 * after recognition (policy data, 12 months) has ended by {@code today} without any evidence is proposed, once.
 */
@Component
public class NoProgressDetection {

    private final ResultsPolicy policy;
    private final Stations stations;
    private final StationEvidence evidence;
    private final ProposalOpening opening;

    NoProgressDetection(ResultsPolicy policy, Stations stations, StationEvidence evidence, ProposalOpening opening) {
        this.policy = policy;
        this.stations = stations;
        this.evidence = evidence;
        this.opening = opening;
    }

    /** Answers how many proposals were opened. */
    @Transactional
    public int detect(LocalDate today) {
        int months = policy.on(today).noProgressMonths();
        List<StationView> due = stations.activeRecognisedOnOrBefore(today.minusMonths(months));
        int opened = 0;
        for (StationView s : due) {
            LocalDate to = s.recognisedOn().plusMonths(months);
            if (!to.isAfter(today) && evidence.countOccurred(s.id(), s.recognisedOn(), to) == 0
                    && opening.propose(s.id(), s.hostUnitId(), s.jurisdictionId(), RevocationCause.NO_PROGRESS, 0,
                            s.recognisedOn(), to.minusDays(1))) {
                opened++;
            }
        }
        return opened;
    }
}
