/**
 * 统计 — the programme's statistics page, Excel export and API for the city offices (county offices: their
 * jurisdiction). It composes the read-only statistics queries of the owning modules' facades and reads no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "统计",
        allowedDependencies = {"application", "application :: notice", "documents", "evaluation",
                "evaluation :: scoring", "funding", "organisation", "results", "shared", "station"})
package cn.quzhou.stations.reporting;
