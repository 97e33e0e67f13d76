package cn.quzhou.stations.application.panel;

import cn.quzhou.stations.shared.Labels;

/** The panel's outcome for one application of its batch. */
@Labels("panel.outcome")
public enum PanelOutcome {
    RECOMMENDED, NOT_RECOMMENDED
}
