package cn.quzhou.stations.evaluation;

/** The worklist's filters, each optional: year, status (among those waiting for the user), jurisdiction. */
public record ReportFilter(Integer year, SelfReportStatus status, Long jurisdiction) {

    public static ReportFilter none() {
        return new ReportFilter(null, null, null);
    }
}
