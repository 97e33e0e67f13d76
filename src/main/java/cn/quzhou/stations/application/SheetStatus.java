package cn.quzhou.stations.application;

/** A review sheet (an assignment): assigned, saved as draft, submitted (frozen), or withdrawn by a declared conflict. */
public enum SheetStatus {
    ASSIGNED, DRAFT, SUBMITTED, WITHDRAWN;

    public boolean open() {
        return this == ASSIGNED || this == DRAFT;
    }
}
