package cn.quzhou.stations.station;

import cn.quzhou.stations.organisation.SocietyLevel;

/** The registry's filters, each optional: jurisdiction, level, status (EXPIRED being derived from the agreement). */
public record StationFilter(Long jurisdiction, SocietyLevel level, StationStatus status) {

    public static StationFilter none() {
        return new StationFilter(null, null, null);
    }

    /**
     * The filter as bound from an address, or none: a value that does not bind (an unknown level or status typed
     * into the address) leaves Spring without a filter object, and a page then lists unfiltered rather than fail.
     */
    public static StationFilter orNone(StationFilter bound) {
        return bound == null ? none() : bound;
    }
}
