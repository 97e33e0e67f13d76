package cn.quzhou.stations.organisation;

/** A society's name changed: as {@link HostUnitRenamed}, for the copies of society names beside other rows. */
public record SocietyRenamed(long societyId, String name) {
}
