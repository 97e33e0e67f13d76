package cn.quzhou.stations.application;

import cn.quzhou.stations.shared.Labels;

/** A review sheet (an assignment): assigned, saved as draft, submitted (frozen), or withdrawn by a declared conflict. */
@Labels("panel.sheet.status")
public enum SheetStatus {
    ASSIGNED, DRAFT, SUBMITTED, WITHDRAWN;

    public boolean open() {
        return this == ASSIGNED || this == DRAFT;
    }
}
