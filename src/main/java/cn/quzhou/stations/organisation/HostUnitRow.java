package cn.quzhou.stations.organisation;

/** A line of the host-unit list (page, API, export): what the list shows, read in one statement. */
public record HostUnitRow(long id, String name, String creditCode, long jurisdictionId, String jurisdictionName,
                          UnitNature nature) {
}
