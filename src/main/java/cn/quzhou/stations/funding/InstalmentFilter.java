package cn.quzhou.stations.funding;

/** The instalments list's filters, each optional: evaluation year, status, jurisdiction. */
public record InstalmentFilter(Integer year, InstalmentStatus status, Long jurisdiction) {

    public static InstalmentFilter none() {
        return new InstalmentFilter(null, null, null);
    }

    /**
     * {@code filter}, or no filter when the address held a value that does not bind (an unknown status, a year that
     * is no number): a page shows the whole list instead of failing.
     */
    public static InstalmentFilter orNone(InstalmentFilter filter) {
        return filter == null ? none() : filter;
    }
}
