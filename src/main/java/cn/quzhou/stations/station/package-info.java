/**
 * 服务站 — station registry, annual plans and evidence (issue #4).
 * <p>Declared now so the module map is complete; its behaviour arrives with its issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "服务站")
package cn.quzhou.stations.station;
