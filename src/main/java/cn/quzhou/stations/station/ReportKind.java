package cn.quzhou.stations.station;

/** 年度工作计划 for the year, 上年度总结 of the year before (Art. 12). */
public enum ReportKind {
    PLAN, SUMMARY
}
