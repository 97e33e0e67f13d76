package cn.quzhou.stations.results;

import cn.quzhou.stations.results.internal.ResultsPolicy;
import cn.quzhou.stations.shared.PolicyTerm;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows publication, as dated policy in force on a day (table {@code results_policy}), for the read-only
 * policy page: the rectification period (Art. 18(5)) and the period in which a new station must show progress
 * (Art. 18(4)).
 */
@Service
@Transactional(readOnly = true)
public class ResultTerms {

    private final ResultsPolicy policy;

    ResultTerms(ResultsPolicy policy) {
        this.policy = policy;
    }

    @PreAuthorize("hasAuthority('policy:read')")
    public List<PolicyTerm> inForceOn(LocalDate day) {
        return policy.find(day).map(v -> List.of(
                new PolicyTerm("rectification", "policyData.term.rectification", null,
                        List.<Object>of(v.rectificationMonths()), v.effectiveFrom(),
                        v.source()),
                new PolicyTerm("no-progress", "policyData.term.noProgress", null,
                        List.<Object>of(v.noProgressMonths()), v.effectiveFrom(),
                        v.source()))).orElse(List.of());
    }
}
