package cn.quzhou.stations.funding;

/** The clawbacks list's filters, each optional: open or settled, jurisdiction, the year it was opened. */
public record ClawbackFilter(ClawbackState status, Long jurisdiction, Integer year) {

    public static ClawbackFilter none() {
        return new ClawbackFilter(null, null, null);
    }
}
