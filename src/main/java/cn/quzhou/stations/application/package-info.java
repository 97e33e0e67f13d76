/**
 * 申报与认定 — application, review route, panel, public notice (issue #3).
 * <p>Declared now so the module map is complete; its behaviour arrives with its issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "申报与认定",
        allowedDependencies = {"audit", "documents", "notification", "organisation", "shared"})
package cn.quzhou.stations.application;
