package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.shared.DatedPolicy;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every dated version of the evaluation measures, and which one governs an evaluation year.
 * <p>The <b>reference date</b> of evaluation year Y is <b>31 December of Y</b>: the version with the latest effective
 * date on or before it applies. The evaluation judges a whole year and is held after it closes, so the measures in
 * force when the year closes govern it; and Art. 20 puts the 2021 measures in force on their issue date, 2021-08-17, so
 * the work of 2021 is judged by them (a 1 January reference date would leave 2021 with no measures at all). A version
 * effective in year Y+1 or later never touches year Y, so a published year always recomputes to the same numbers.
 */
public final class PolicyVersions {

    private final List<PolicyVersion> versions;

    public PolicyVersions(List<PolicyVersion> versions) {
        this.versions = versions.stream().sorted(Comparator.comparing(PolicyVersion::effectiveFrom)).toList();
        if (this.versions.stream().map(PolicyVersion::effectiveFrom).distinct().count() != this.versions.size()) {
            throw new IllegalArgumentException("two policy versions share an effective date");
        }
    }

    public static LocalDate referenceDate(int year) {
        return DatedPolicy.governingDay(year);
    }

    /** The version governing evaluation year {@code year}, if any is in force on its reference date. */
    public Optional<PolicyVersion> forYear(int year) {
        return inForceOn(referenceDate(year));
    }

    public Optional<PolicyVersion> inForceOn(LocalDate date) {
        return DatedPolicy.inForce(versions, PolicyVersion::effectiveFrom, date);
    }

    public List<PolicyVersion> all() {
        return versions;
    }
}
