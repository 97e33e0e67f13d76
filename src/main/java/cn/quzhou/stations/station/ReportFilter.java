package cn.quzhou.stations.station;

import cn.quzhou.stations.shared.Labels;

/**
 * The filters of the plans-and-summaries overview: the year (this year when not given), the kind, and where the
 * filing stands — each optional.
 */
public record ReportFilter(Integer year, ReportKind kind, State state) {

    /** Where one station stands with one kind of filing. */
    @Labels("reports.state")
    public enum State {
        SUBMITTED, PENDING, OVERDUE
    }

    /** The filter as bound from an address, or none when a value did not bind (see {@link StationFilter#orNone}). */
    public static ReportFilter orNone(ReportFilter bound) {
        return bound == null ? new ReportFilter(null, null, null) : bound;
    }

    public static ReportFilter ofYear(int year) {
        return new ReportFilter(year, null, null);
    }
}
