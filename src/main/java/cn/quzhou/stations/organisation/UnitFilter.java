package cn.quzhou.stations.organisation;

/** The host-unit list's filters, each optional: jurisdiction and nature (单位性质). */
public record UnitFilter(Long jurisdiction, UnitNature nature) {

    public static UnitFilter none() {
        return new UnitFilter(null, null);
    }
}
