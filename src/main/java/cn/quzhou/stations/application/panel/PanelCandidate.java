package cn.quzhou.stations.application.panel;

/** An application at panel review that no scoring panel holds yet. */
public record PanelCandidate(long id, String stationName, String unitName, String societyName) {
}
