/**
 * Shared kernel: value types used by every module (credit code, money, year) and the platform's
 * web and database infrastructure (embedded PostgreSQL, error page, locale).
 */
@org.springframework.modulith.ApplicationModule(displayName = "共享",
        allowedDependencies = {})
package cn.quzhou.stations.shared;
