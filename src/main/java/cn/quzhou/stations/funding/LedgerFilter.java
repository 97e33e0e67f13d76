package cn.quzhou.stations.funding;

import cn.quzhou.stations.organisation.SocietyLevel;

/** The ledgers list's filters, each optional: jurisdiction, level. */
public record LedgerFilter(Long jurisdiction, SocietyLevel level) {

    public static LedgerFilter none() {
        return new LedgerFilter(null, null);
    }
}
