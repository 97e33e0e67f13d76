package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.application.notice.WorkingDays;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The working-day arithmetic, with the 2026 National Day week (10-01..10-07 off, Sat 10-10 worked). */
class WorkingDaysTests {

    private static final WorkingDays CALENDAR = new WorkingDays(
            Stream.iterate(LocalDate.of(2026, 10, 1), d -> d.plusDays(1)).limit(7).collect(Collectors.toSet()),
            Set.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // plain weeks: weekends are skipped, the start does not count
            "2026-11-25, 0, 2026-11-25",
            "2026-11-25, 1, 2026-11-26",
            "2026-11-27, 1, 2026-11-30",   // Friday + 1 = Monday
            "2026-11-28, 1, 2026-11-30",   // from a Saturday
            "2026-11-23, 5, 2026-11-30",   // Monday + 5 = next Monday
            // the holiday week: 10-01..10-07 are off
            "2026-09-30, 1, 2026-10-08",
            "2026-09-29, 2, 2026-10-08",
            // make-up Saturday 10-10 is a working day, Sunday 10-11 is not
            "2026-10-09, 1, 2026-10-10",
            "2026-10-10, 1, 2026-10-12",
            "2026-10-08, 3, 2026-10-12",
            // make-up Sunday 09-20
            "2026-09-18, 1, 2026-09-20",
    })
    void addsWorkingDays(LocalDate start, int n, LocalDate expected) {
        assertThat(CALENDAR.addWorkingDays(start, n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({"2026-10-01, false", "2026-10-05, false", "2026-10-08, true", "2026-10-10, true", "2026-10-11, false",
            "2026-11-28, false", "2026-11-27, true", "2026-09-20, true"})
    void knowsWorkingDays(LocalDate day, boolean working) {
        assertThat(CALENDAR.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{1} working days from {0} end on {2} (inclusive)")
    @CsvSource({
            "2026-11-23, 5, 2026-11-27",   // Monday to Friday
            "2026-11-26, 5, 2026-12-02",   // Thursday: over the weekend
            "2026-11-28, 5, 2026-12-04",   // a Saturday start counts from Monday
            "2026-09-28, 5, 2026-10-09",   // over the National Day holiday
            "2026-10-08, 3, 2026-10-10",   // the make-up Saturday counts
            "2026-11-25, 1, 2026-11-25",
    })
    void lastDayOfANoticePeriod(LocalDate start, int length, LocalDate end) {
        assertThat(CALENDAR.lastDayOf(start, length)).isEqualTo(end);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> CALENDAR.addWorkingDays(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CALENDAR.lastDayOf(LocalDate.of(2026, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
