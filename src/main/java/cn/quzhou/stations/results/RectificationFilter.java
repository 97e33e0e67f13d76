package cn.quzhou.stations.results;

/** The rectification list's filters, each optional: status, only the overdue ones, year, jurisdiction. */
public record RectificationFilter(RectificationView.Status status, Boolean overdue, Integer year, Long jurisdiction) {

    public static RectificationFilter none() {
        return new RectificationFilter(null, null, null, null);
    }

    public boolean overdueOnly() {
        return Boolean.TRUE.equals(overdue);
    }
}
