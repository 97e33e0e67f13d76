package cn.quzhou.stations.funding;

/** The ledger entries' filters, each optional: kind of entry, year of its date. */
public record EntryFilter(EntryKind kind, Integer year) {

    public static EntryFilter none() {
        return new EntryFilter(null, null);
    }
}
