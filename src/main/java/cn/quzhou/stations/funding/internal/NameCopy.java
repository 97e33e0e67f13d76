package cn.quzhou.stations.funding.internal;

/** The names of a station and its host unit as copied beside a funding row (lists search and sort by them). */
public record NameCopy(String station, String hostUnit) {
}
