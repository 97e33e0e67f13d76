package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.shared.Labels;

/**
 * The administrative level of an award, a media report or a reach: 县, 市（市厅级）, 省（省部级）, 国家. Ordered from
 * lowest to highest, so {@code compareTo} ranks them.
 */
@Labels("evaluation.level")
public enum Level {
    COUNTY, CITY, PROVINCIAL, NATIONAL;

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }
}
