package cn.quzhou.stations.station;

import cn.quzhou.stations.shared.Labels;

/** 年度工作计划 for the year, 上年度总结 of the year before (Art. 12). */
@Labels("reports.kind")
public enum ReportKind {
    PLAN, SUMMARY
}
