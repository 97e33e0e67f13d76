package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.station.EvidenceItems;
import cn.quzhou.stations.station.EvidenceKind;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The items evidence counts toward, for module station: the measures governing the year say which item each
 * per-event kind scores under; the expert days are B1.1's measure ({@link Sheets}), not a part of the table.
 * A year no measures govern yet has no items.
 */
@Component
class MeasuredEvidenceItems implements EvidenceItems {

    private final IndicatorPolicies policies;

    MeasuredEvidenceItems(IndicatorPolicies policies) {
        this.policies = policies;
    }

    @Override
    public Map<EvidenceKind, String> of(int year) {
        return policies.load().forYear(year).map(version -> {
            Map<EvidenceKind, String> items = version.itemsOfEvidence();
            if (version.rule(Sheets.B1_1).isPresent()) {
                items.put(EvidenceKind.EXPERT_DAYS_ON_SITE, Sheets.B1_1);
            }
            return items;
        }).orElse(Map.of());
    }
}
