package cn.quzhou.stations.application.panel;

/** An expert of a panel, or a candidate for one. */
public record PanelExpert(long id, String name, String title, String organisation) {
}
