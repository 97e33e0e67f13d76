package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.internal.IndicatorPolicies;
import cn.quzhou.stations.evaluation.internal.RoutePolicy;
import cn.quzhou.stations.evaluation.scoring.PolicyVersion;
import cn.quzhou.stations.shared.PolicyTerm;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator table of appendix 2 and the grading parameters (Art. 17) as the scoring engine reads them: the dated
 * version in force on a day (none before the first), for the read-only policy data page.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorTable {

    private final IndicatorPolicies policies;
    private final RoutePolicy route;

    IndicatorTable(IndicatorPolicies policies, RoutePolicy route) {
        this.policies = policies;
        this.route = route;
    }

    @PreAuthorize("hasAuthority('policy:read')")
    public Optional<PolicyVersion> inForceOn(LocalDate day) {
        return policies.load().inForceOn(day);
    }

    /** The route's dated numbers in force on {@code day}: the period a returned self-report has to come back. */
    @PreAuthorize("hasAuthority('policy:read')")
    public List<PolicyTerm> routeTermsOn(LocalDate day) {
        return route.on(day).map(v -> List.of(new PolicyTerm("resubmission", "policyData.term.resubmission", null,
                List.<Object>of(v.resubmissionDays()), v.effectiveFrom(), v.source()))).orElse(List.of());
    }

    /**
     * The version governing evaluation year {@code year} (in force on its 31 December), for the rules of other
     * modules (results' corrections and history import); no principal needed, and controllers never call it.
     */
    public Optional<PolicyVersion> governing(int year) {
        return policies.load().forYear(year);
    }
}
