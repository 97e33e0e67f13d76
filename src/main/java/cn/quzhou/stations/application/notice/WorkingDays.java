package cn.quzhou.stations.application.notice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The working-day arithmetic of the calendar (工作日): Monday to Friday, minus the listed holidays,
 * plus the listed make-up working days (调休上班). Immutable and pure: the calendar's data comes in
 * through the constructor (see {@link WorkingCalendar#workingDays()}).
 */
public final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;

    public WorkingDays(Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpDays = Set.copyOf(makeUpDays);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpDays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The day reached by moving forward {@code n} working days from {@code start}, which itself does
     * not count: Wednesday + 1 = Thursday, Friday + 1 = the next Monday, {@code n = 0} gives
     * {@code start} unchanged.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** {@code day} if it is a working day, otherwise the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : addWorkingDays(day, 1);
    }

    /**
     * The last day (inclusive) of a period of {@code length} working days beginning on {@code start}:
     * the first working day on or after {@code start} is day 1.
     */
    public LocalDate lastDayOf(LocalDate start, int length) {
        if (length < 1) {
            throw new IllegalArgumentException("a period lasts at least one working day: " + length);
        }
        return addWorkingDays(onOrAfter(start), length - 1);
    }

    /**
     * Working days waited from {@code since} up to {@code today}: the working days after {@code since}, up to and
     * including {@code today} (a to-do that came in yesterday, a working day before today's, has waited one).
     */
    public int between(LocalDate since, LocalDate today) {
        int n = 0;
        for (LocalDate day = since.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The earliest day a to-do may have begun waiting and still be on time {@code today}, when it is due
     * {@code length} working days after it began: every start before it is overdue. Lets one SQL statement count the
     * overdue items with a plain date comparison instead of the calendar arithmetic per row.
     */
    public LocalDate earliestOnTime(LocalDate today, int length) {
        LocalDate start = today;
        while (!addWorkingDays(start.minusDays(1), length).isBefore(today)) {
            start = start.minusDays(1);
        }
        return start;
    }
}
