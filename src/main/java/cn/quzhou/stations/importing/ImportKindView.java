package cn.quzhou.stations.importing;

/** An import the signed-in user may run. */
public record ImportKindView(String code, String titleKey) {
}
