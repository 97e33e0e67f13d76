package cn.quzhou.stations.reporting;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.application.notice.WorkingCalendar;
import cn.quzhou.stations.application.ApplicationTerms;
import cn.quzhou.stations.documents.DocumentNumbers;
import cn.quzhou.stations.evaluation.IndicatorTable;
import cn.quzhou.stations.results.ResultTerms;
import cn.quzhou.stations.funding.GrantAmounts;
import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.UnitNature;
import cn.quzhou.stations.shared.PolicyTerm;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 数据字典/参数, the policy in force: composes the owning modules' own readings of the dated policy data on a chosen
 * day, so the page can never show a number the rules do not use. Read-only; the data changes only by migration (a
 * new dated version).
 */
@Service
@Transactional(readOnly = true)
public class PolicyData {

    private final IndicatorTable indicators;
    private final ResultTerms results;
    private final GrantAmounts grants;
    private final ApplicationTerms application;
    private final DocumentNumbers numbers;
    private final Clock clock;

    PolicyData(IndicatorTable indicators, ResultTerms results, GrantAmounts grants, ApplicationTerms application,
               DocumentNumbers numbers, Clock clock) {
        this.indicators = indicators;
        this.results = results;
        this.grants = grants;
        this.application = application;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** The policy in force on {@code day} (today in Beijing when null): each table's version of that day. */
    @PreAuthorize("hasAuthority('policy:read')")
    public PolicyDataView inForce(LocalDate day) {
        LocalDate on = day == null ? Beijing.today(clock) : day;
        List<PolicyTerm> terms = new ArrayList<>(application.inForceOn(on));
        terms.addAll(indicators.routeTermsOn(on));
        terms.addAll(results.inForceOn(on));
        return new PolicyDataView(on, Beijing.today(clock), List.of(UnitNature.values()),
                List.of(BusinessField.values()), indicators.inForceOn(on).orElse(null), grants.inForceOn(on), terms,
                numbers.format(), numbers.example(on.getYear(), 1));
    }
}
