package cn.quzhou.stations.station;

import cn.quzhou.stations.organisation.SocietyLevel;

/** How many stations of one jurisdiction and level are in one status, EXPIRED derived (statistics). */
public record StationCount(long jurisdictionId, SocietyLevel level, StationStatus status, long count) {
}
