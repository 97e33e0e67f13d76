package cn.quzhou.stations.funding;

/** A grant instalment was paid, cancelled or reinstated (event of the aggregate, issue #16). */
public record InstalmentMoved(Long instalmentId, InstalmentStatus.Step step, InstalmentStatus from, InstalmentStatus to) {
}
