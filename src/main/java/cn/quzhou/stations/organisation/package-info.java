/**
 * 组织与身份 — jurisdictions, host units, societies, the expert pool, accounts, roles, permissions,
 * sign-in and the data scope every other module applies to its queries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "组织与身份",
        allowedDependencies = {"audit", "documents", "shared"})
package cn.quzhou.stations.organisation;
