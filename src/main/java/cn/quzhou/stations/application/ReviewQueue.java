package cn.quzhou.stations.application;

import java.time.LocalDate;

/**
 * The applications waiting at one review step for the signed-in reviewer: how many, since when the oldest has waited
 * (the Beijing date it reached the step), and how many are past the step's deadline.
 */
public record ReviewQueue(ApplicationStatus status, long count, LocalDate oldestSince, long overdue) {
}
