package cn.quzhou.stations.station;

import cn.quzhou.stations.organisation.SocietyLevel;

/** The registry's filters, each optional: jurisdiction, level, status (EXPIRED being derived from the agreement). */
public record StationFilter(Long jurisdiction, SocietyLevel level, StationStatus status) {

    public static StationFilter none() {
        return new StationFilter(null, null, null);
    }
}
