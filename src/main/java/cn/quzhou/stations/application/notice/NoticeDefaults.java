package cn.quzhou.stations.application.notice;

import java.time.LocalDate;

/** A new notice's proposed dates: the next working day, and the last of {@code workingDays} working days (inclusive). */
public record NoticeDefaults(LocalDate startDate, LocalDate endDate, int workingDays) {
}
