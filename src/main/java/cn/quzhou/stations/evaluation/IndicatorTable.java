package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.internal.IndicatorPolicies;
import cn.quzhou.stations.evaluation.scoring.PolicyVersion;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator table of appendix 2 and the grading parameters (Art. 17) as the scoring engine reads them: the dated
 * version in force on a day, for the read-only policy data page.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorTable {

    private final IndicatorPolicies policies;

    IndicatorTable(IndicatorPolicies policies) {
        this.policies = policies;
    }

    @PreAuthorize("hasAuthority('policy:read')")
    public PolicyVersion inForceOn(LocalDate day) {
        return policies.load().inForceOn(day)
                .orElseThrow(() -> new IllegalStateException("no evaluation measures in force on " + day));
    }

    /**
     * The version governing evaluation year {@code year} (in force on its 31 December), for the rules of other
     * modules (results' corrections and history import); no principal needed, and controllers never call it.
     */
    public Optional<PolicyVersion> governing(int year) {
        return policies.load().forYear(year);
    }
}
