package cn.quzhou.stations.application.notice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Today as the platform sees it: its clock read in Beijing time (every deadline, notice period and "not in the
 * future" rule is judged on this date), whether it is a working day by the working calendar (holidays and make-up
 * days), and the next working day after it.
 */
public record PlatformDate(LocalDate today, String zone, Instant now, boolean workingDay, LocalDate nextWorkingDay) {
}
