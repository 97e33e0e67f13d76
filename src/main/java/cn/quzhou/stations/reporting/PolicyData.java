package cn.quzhou.stations.reporting;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.application.notice.WorkingCalendar;
import cn.quzhou.stations.documents.DocumentNumbers;
import cn.quzhou.stations.evaluation.IndicatorTable;
import cn.quzhou.stations.funding.GrantAmounts;
import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.UnitNature;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 数据字典/参数: composes the owning modules' own readings of the dated policy data, so the page can never show a
 * number the rules do not use. Read-only; the data changes only by migration (a new dated version).
 */
@Service
@Transactional(readOnly = true)
public class PolicyData {

    private static final ZoneId BEIJING = Beijing.ZONE;

    private final IndicatorTable indicators;
    private final GrantAmounts grants;
    private final WorkingCalendar calendar;
    private final DocumentNumbers numbers;
    private final Clock clock;

    PolicyData(IndicatorTable indicators, GrantAmounts grants, WorkingCalendar calendar, DocumentNumbers numbers,
               Clock clock) {
        this.indicators = indicators;
        this.grants = grants;
        this.calendar = calendar;
        this.numbers = numbers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('policy:read')")
    public PolicyDataView inForce() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BEIJING);
        return new PolicyDataView(today, List.of(UnitNature.values()), List.of(BusinessField.values()),
                indicators.inForceOn(today), grants.inForceOn(today), calendar.noticeLength(today),
                numbers.format(), numbers.example(today.getYear(), 1));
    }
}
