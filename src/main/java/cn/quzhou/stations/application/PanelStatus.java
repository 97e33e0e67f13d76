package cn.quzhou.stations.application;

import cn.quzhou.stations.shared.Labels;

/** Where a review panel stands: experts score, the recommended list is fixed, the list went to the city talent office. */
@Labels("panel.status")
public enum PanelStatus {
    SCORING, LISTED, SUBMITTED
}
