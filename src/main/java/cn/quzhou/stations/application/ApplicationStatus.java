package cn.quzhou.stations.application;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.Labels;

/**
 * Where an application stands on the route of Art. 5 (DOMAIN.md §4). Submission routes a county
 * unit to its county CAST and a city-direct unit straight to the city CAST; "SUBMITTED" is the
 * moment of that hand-over, recorded in the review history rather than held as a state.
 */
@Labels("application.status")
public enum ApplicationStatus {
    DRAFT,
    COUNTY_CAST_REVIEW,
    COUNTY_TALENT_RECOGNITION,
    CITY_CAST_REVIEW,
    PANEL_REVIEW,
    RECOMMENDED,
    CITY_TALENT_REVIEW,
    PUBLIC_NOTICE,
    RECOGNISED,
    /** Returned for amendment: the applicant edits and resubmits to the step it came from. */
    RETURNED,
    REJECTED,
    /** An objection during the public notice was upheld. */
    FAILED;

    /** The role that decides at this step, or null where no single reviewer decides. */
    public Role reviewer() {
        return switch (this) {
            case COUNTY_CAST_REVIEW -> Role.COUNTY_CAST;
            case COUNTY_TALENT_RECOGNITION -> Role.COUNTY_TALENT;
            case CITY_CAST_REVIEW -> Role.CITY_CAST;
            case CITY_TALENT_REVIEW -> Role.CITY_TALENT;
            default -> null;
        };
    }

    /** The step a pass leads to. */
    public ApplicationStatus next() {
        return switch (this) {
            case COUNTY_CAST_REVIEW -> COUNTY_TALENT_RECOGNITION;
            case COUNTY_TALENT_RECOGNITION -> CITY_CAST_REVIEW;
            case CITY_CAST_REVIEW -> PANEL_REVIEW;
            case PANEL_REVIEW -> RECOMMENDED;
            case RECOMMENDED -> CITY_TALENT_REVIEW;
            case CITY_TALENT_REVIEW -> PUBLIC_NOTICE;
            case PUBLIC_NOTICE -> RECOGNISED;
            default -> throw new IllegalStateException(this + " has no next step");
        };
    }

    /** County steps are decided only by the office of the application's own jurisdiction. */
    public boolean countyStep() {
        return this == COUNTY_CAST_REVIEW || this == COUNTY_TALENT_RECOGNITION;
    }

    public boolean editableByApplicant() {
        return this == DRAFT || this == RETURNED;
    }

    /** Still in the race for recognition (submitted, not finished, not out). */
    public boolean active() {
        return this != DRAFT && this != RECOGNISED && this != REJECTED && this != FAILED;
    }
}
