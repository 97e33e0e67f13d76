package cn.quzhou.stations.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The year allocator: a year belongs to the test class that claimed it, or that first wrote into it. */
class TestYearsTests {

    @Test
    void aYearClaimedByOneClassAndWrittenIntoByAnotherFailsNamingBoth() {
        OwnerEntries.claim(9001);
        assertThatThrownBy(() -> IntruderEntries.write(9001))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("year 9001").hasMessageContaining(OwnerEntries.class.getName())
                .hasMessageContaining(IntruderEntries.class.getName());
    }

    @Test
    void aYearAnotherClassHasWrittenIntoCannotBeClaimed() {
        IntruderEntries.write(9002);
        assertThatThrownBy(() -> OwnerEntries.claim(9002)).hasMessageContaining(IntruderEntries.class.getName());
    }

    @Test
    void aClaimWinsOverALaterClaimOfTheSameYear() {
        OwnerEntries.claim(9003);
        assertThatThrownBy(() -> IntruderEntries.claim(9003)).hasMessageContaining("claimed by");
    }

    @Test
    void aClassUsesItsOwnYearAsOftenAsItLikes() {
        assertThat(OwnerEntries.claim(9004)).isEqualTo(9004);
        assertThatNoException().isThrownBy(() -> {
            OwnerEntries.write(9004);
            OwnerEntries.claim(9004);
            OwnerEntries.write(9004);
        });
    }
}

/** Stands in for one test class: the allocator names the caller by its class (…Entries counts as a test class). */
final class OwnerEntries {

    static int claim(int year) {
        return TestYears.claim(year);
    }

    static void write(int year) {
        TestYears.use(year);
    }
}

/** Stands in for another test class. */
final class IntruderEntries {

    static int claim(int year) {
        return TestYears.claim(year);
    }

    static void write(int year) {
        TestYears.use(year);
    }
}
