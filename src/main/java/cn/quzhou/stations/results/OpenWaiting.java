package cn.quzhou.stations.results;

import java.time.LocalDate;

/** How many items wait and since when the oldest one does (null when none): a 待办 line without a deadline. */
public record OpenWaiting(long count, LocalDate oldestSince) {
}
