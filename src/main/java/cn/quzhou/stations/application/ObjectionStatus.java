package cn.quzhou.stations.application;

import cn.quzhou.stations.shared.Labels;

/** An objection is open until the city CAST upholds it (the station fails) or dismisses it (it continues). */
@Labels("notice.objection")
public enum ObjectionStatus {
    OPEN, UPHELD, DISMISSED;

    /** The status as typed in a page's address, leniently: an unknown value filters nothing (never a 500). */
    public static ObjectionStatus lenient(String value) {
        try {
            return value == null || value.isBlank() ? null : valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
