package cn.quzhou.stations.organisation;

/**
 * How far the signed-in user sees records that belong to host units. It is derived from the
 * principal only — never from a request parameter — and every module applies it in its queries.
 */
public sealed interface DataScope {

    /** City CAST, city talent office: everything. */
    record All() implements DataScope {
    }

    /** County CAST, county talent office: units of their own jurisdiction. */
    record OfJurisdiction(long jurisdictionId) implements DataScope {
    }

    /** An applicant: its own unit only. */
    record OfUnit(long hostUnitId) implements DataScope {
    }

    /** Experts, society contacts and administrators see unit records only through assignments. */
    record Nothing() implements DataScope {
    }

    default boolean covers(long jurisdictionId, long hostUnitId) {
        if (this instanceof All) {
            return true;
        }
        if (this instanceof OfJurisdiction j) {
            return j.jurisdictionId() == jurisdictionId;
        }
        if (this instanceof OfUnit u) {
            return u.hostUnitId() == hostUnitId;
        }
        return false;
    }
}
