package cn.quzhou.stations.funding;

/** The clawbacks list's filters, each optional: open or settled, jurisdiction, the year it was opened. */
public record ClawbackFilter(ClawbackState status, Long jurisdiction, Integer year) {

    public static ClawbackFilter none() {
        return new ClawbackFilter(null, null, null);
    }

    /**
     * {@code filter}, or no filter when the address held a value that does not bind (an unknown status, a year that
     * is no number): a page shows the whole list instead of failing.
     */
    public static ClawbackFilter orNone(ClawbackFilter filter) {
        return filter == null ? none() : filter;
    }
}
