package cn.quzhou.stations.application.panel;

import java.math.BigDecimal;

/** One criterion of the review sheet in force: its code, its names and its maximum points. */
public record SheetCriterion(String code, String nameZh, String nameEn, BigDecimal maxPoints) {
}
