package cn.quzhou.stations.organisation;

/** County, a new-city management committee acting like one, or the city-direct units. */
public enum JurisdictionKind {
    COUNTY, NEW_CITY, CITY_DIRECT
}
