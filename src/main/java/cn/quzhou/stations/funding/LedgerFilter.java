package cn.quzhou.stations.funding;

import cn.quzhou.stations.organisation.SocietyLevel;

/** The ledgers list's filters, each optional: jurisdiction, level. */
public record LedgerFilter(Long jurisdiction, SocietyLevel level) {

    public static LedgerFilter none() {
        return new LedgerFilter(null, null);
    }

    /**
     * {@code filter}, or no filter when the address held a value that does not bind (an unknown status, a year that
     * is no number): a page shows the whole list instead of failing.
     */
    public static LedgerFilter orNone(LedgerFilter filter) {
        return filter == null ? none() : filter;
    }
}
