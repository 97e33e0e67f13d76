/**
 * 统计 — statistics, dashboards and exports (issues #3-#5).
 * <p>Declared now so the module map is complete; its behaviour arrives with its issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "统计")
package cn.quzhou.stations.reporting;
