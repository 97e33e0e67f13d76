package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.shared.Labels;

/**
 * Where a station's self-report of a year stands (Art. 16): drafted by the host unit, checked by the county CAST,
 * forwarded by the county talent office (county stations only), reviewed and verified by the city CAST; or returned
 * to the station; or not submitted by the deadline (Art. 13: UNQUALIFIED).
 */
@Labels("evaluation.status")
public enum SelfReportStatus {
    DRAFT, COUNTY_CHECK, COUNTY_TALENT, CITY_REVIEW, VERIFIED, RETURNED, NOT_SUBMITTED;

    /** Handed in and on the route (its evidence frozen). */
    public boolean submitted() {
        return this == COUNTY_CHECK || this == COUNTY_TALENT || this == CITY_REVIEW || this == VERIFIED;
    }

    /** The host unit may still edit and submit it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
