package cn.quzhou.stations.application;

/** How many applications of one jurisdiction are in one status (statistics). */
public record ApplicationCount(long jurisdictionId, ApplicationStatus status, long count) {
}
