package cn.quzhou.stations.station;

import cn.quzhou.stations.shared.Labels;

/** Levels of awards (C3: city/department, provincial/ministerial, national) and media reports (C4: city, provincial, national). */
@Labels("evidence.level")
public enum EvidenceLevel {
    CITY_OR_DEPARTMENT, PROVINCIAL_OR_MINISTERIAL, NATIONAL, CITY_MEDIA, PROVINCIAL_MEDIA, NATIONAL_MEDIA;

    public boolean forAwards() {
        return this == CITY_OR_DEPARTMENT || this == PROVINCIAL_OR_MINISTERIAL || this == NATIONAL;
    }
}
