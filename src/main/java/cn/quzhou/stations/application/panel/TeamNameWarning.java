package cn.quzhou.stations.application.panel;

/**
 * An expert whose name is on an application's expert team at another (or no) organisation: perhaps the same person,
 * so the city CAST decides (the assignment is not refused, the warning stays on the panel pages).
 */
public record TeamNameWarning(long expertId, String expertName, long applicationId, String stationName) {
}
