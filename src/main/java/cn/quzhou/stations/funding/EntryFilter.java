package cn.quzhou.stations.funding;

/** The ledger entries' filters, each optional: kind of entry, year of its date. */
public record EntryFilter(EntryKind kind, Integer year) {

    public static EntryFilter none() {
        return new EntryFilter(null, null);
    }

    /**
     * {@code filter}, or no filter when the address held a value that does not bind (an unknown status, a year that
     * is no number): a page shows the whole list instead of failing.
     */
    public static EntryFilter orNone(EntryFilter filter) {
        return filter == null ? none() : filter;
    }
}
