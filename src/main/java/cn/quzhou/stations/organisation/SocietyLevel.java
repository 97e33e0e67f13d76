package cn.quzhou.stations.organisation;

/** 全国学会 / 省级学会: the level decides the grant. */
public enum SocietyLevel {
    NATIONAL, PROVINCIAL
}
