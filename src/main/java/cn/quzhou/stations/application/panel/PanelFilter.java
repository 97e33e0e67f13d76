package cn.quzhou.stations.application.panel;

import cn.quzhou.stations.shared.Input;

/** The panel list's filters, each optional: where the panel stands and its review year. */
public record PanelFilter(PanelStatus status, Integer year) {

    public static PanelFilter none() {
        return new PanelFilter(null, null);
    }

    /** The filters as typed in a page's address, leniently: an unknown value filters nothing (never a 500). */
    public static PanelFilter lenient(String status, String year) {
        PanelStatus parsed = Input.constant(PanelStatus.class, status);
        Integer y = null;
        try {
            y = year == null || year.isBlank() ? null : Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            // not a year: no filter
        }
        return new PanelFilter(parsed, y);
    }
}
