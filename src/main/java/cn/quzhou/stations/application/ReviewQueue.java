package cn.quzhou.stations.application;

import java.time.LocalDate;

/**
 * The applications waiting at one review step for the signed-in reviewer: how many, since when the oldest has waited
 * (the Beijing date it reached the step), and how many are past the step's deadline. The applicant's own drafts and
 * returns come the same way (the day of their last change), never overdue.
 */
public record ReviewQueue(ApplicationStatus status, long count, LocalDate oldestSince, long overdue) {
}
