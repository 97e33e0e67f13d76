package cn.quzhou.stations.organisation;

/** 单位性质 — the tick-boxes of appendix 1. */
public enum UnitNature {
    INDUSTRIAL_PARK, PUBLIC_SERVICE_PLATFORM, UNIVERSITY_INSTITUTE, ENTERPRISE, INCUBATOR, SOCIETY_ASSOCIATION, OTHER
}
