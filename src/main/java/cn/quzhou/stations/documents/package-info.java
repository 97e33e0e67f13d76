/**
 * 公文 — official documents as PDFs (issues #3-#5).
 * <p>Declared now so the module map is complete; its behaviour arrives with its issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公文")
package cn.quzhou.stations.documents;
