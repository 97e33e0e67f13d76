/**
 * 资助经费 — grants, funds ledger, clawback (issue #5).
 * <p>Declared now so the module map is complete; its behaviour arrives with its issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "资助经费")
package cn.quzhou.stations.funding;
