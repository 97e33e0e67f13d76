package cn.quzhou.stations.application;

/** The panel's outcome for one application of its batch. */
public enum PanelOutcome {
    RECOMMENDED, NOT_RECOMMENDED
}
