package cn.quzhou.stations.evaluation;

/** The rectification to-dos within a user's scope: open tasks, reports awaiting the city or a county, overdue tasks. */
public record RectificationCounts(long open, long submittedCity, long submittedCounty, long overdue) {
}
