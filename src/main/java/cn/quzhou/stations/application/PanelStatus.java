package cn.quzhou.stations.application;

/** Where a review panel stands: experts score, the recommended list is fixed, the list went to the city talent office. */
public enum PanelStatus {
    SCORING, LISTED, SUBMITTED
}
