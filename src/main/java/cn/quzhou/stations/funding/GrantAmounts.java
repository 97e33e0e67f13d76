package cn.quzhou.stations.funding;

import cn.quzhou.stations.funding.internal.GrantPolicies;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The grant amounts of Art. 7 in force on a day, as the instalments are computed from them (read-only). */
@Service
@Transactional(readOnly = true)
public class GrantAmounts {

    private final GrantPolicies policies;

    GrantAmounts(GrantPolicies policies) {
        this.policies = policies;
    }

    @PreAuthorize("hasAuthority('policy:read')")
    public List<GrantAmountView> inForceOn(LocalDate day) {
        return policies.inForceOn(day);
    }
}
