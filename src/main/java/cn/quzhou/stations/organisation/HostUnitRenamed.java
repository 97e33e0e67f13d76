package cn.quzhou.stations.organisation;

/**
 * A host unit's name changed. Modules that keep the name beside their own rows (so that their lists can be searched
 * and sorted by it in one query, without reading this module's tables) update their copy, in the same transaction.
 */
public record HostUnitRenamed(long hostUnitId, String name) {
}
