package cn.quzhou.stations.station;

import cn.quzhou.stations.organisation.SocietyLevel;

/** How many stations of one jurisdiction and level were recognised in one year (every status since): statistics. */
public record RecognitionCount(long jurisdictionId, SocietyLevel level, int year, long count) {
}
