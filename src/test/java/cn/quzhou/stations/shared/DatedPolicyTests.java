package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one dated-policy rule: the latest version effective on or before the day; 31 December governs a year. */
class DatedPolicyTests {

    record Version(LocalDate effectiveFrom, int number) {
    }

    private static final List<Version> VERSIONS = List.of(new Version(LocalDate.of(2025, 3, 1), 2),
            new Version(LocalDate.of(2021, 8, 17), 1));

    @Test
    void theVersionInForceIsTheLatestEffectiveOnOrBeforeTheDay() {
        assertThat(DatedPolicy.inForce(VERSIONS, Version::effectiveFrom, LocalDate.of(2021, 8, 16))).isEmpty();
        assertThat(DatedPolicy.inForce(VERSIONS, Version::effectiveFrom, LocalDate.of(2021, 8, 17)))
                .map(Version::number).contains(1);
        assertThat(DatedPolicy.inForce(VERSIONS, Version::effectiveFrom, LocalDate.of(2025, 2, 28)))
                .map(Version::number).contains(1);
        assertThat(DatedPolicy.inForce(VERSIONS, Version::effectiveFrom, LocalDate.of(2025, 3, 1)))
                .map(Version::number).contains(2);
    }

    @Test
    void thirtyFirstDecemberGovernsAProgrammeYearInJavaAndInSql() {
        assertThat(DatedPolicy.governingDay(2025)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(DatedPolicy.governingDaySql("p.year")).isEqualTo("make_date(p.year, 12, 31)");
        assertThat(DatedPolicy.inForceSql("grant_policy_version", "?"))
                .isEqualTo("(select max(effective_from) from grant_policy_version where effective_from <= ?)");
    }
}
