/**
 * 导入 — Excel imports of the registers (issue #15): for each {@link cn.quzhou.stations.importing.ImportKind} a
 * template with drop-downs, an upload read as a stream, a preview listing every problem at its row and column, and an
 * all-or-nothing commit through the owning module's facades (never its tables), audited with the file's SHA-256.
 */
@org.springframework.modulith.ApplicationModule(displayName = "导入",
        allowedDependencies = {"application", "audit", "documents", "evaluation", "evaluation :: scoring", "funding",
                "organisation", "results", "shared", "station"})
package cn.quzhou.stations.importing;
