package cn.quzhou.stations.results;

/**
 * The rectification to-dos within a user's scope: open tasks, reports awaiting the city or a county (each with the
 * day its oldest report arrived), overdue tasks (with the earliest deadline passed and the oldest opening).
 */
public record RectificationCounts(long open, long submittedCity, long submittedCounty, long overdue,
                                  java.time.LocalDate submittedCitySince, java.time.LocalDate submittedCountySince,
                                  java.time.LocalDate overdueSince, java.time.LocalDate overdueDeadline) {
}
