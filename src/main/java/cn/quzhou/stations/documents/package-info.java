/**
 * 公文 — official documents as PDFs, and uploaded attachments.
 * <ul>
 *   <li>{@link cn.quzhou.stations.documents.PdfRenderer}: a module's Thymeleaf template under
 *       {@code templates/<module>/pdf/} to an A4 PDF with the bundled Noto Sans SC font; the shared
 *       print stylesheet is {@code templates/documents/pdf/base.html}.</li>
 *   <li>{@link cn.quzhou.stations.documents.FileStore}: attachments, recognised by content and stored
 *       by SHA-256 outside the web root; no access control of its own.
 *       {@link cn.quzhou.stations.documents.FileDownloads} turns them into safe download responses.</li>
 *   <li>{@link cn.quzhou.stations.documents.Workbooks}: streamed Excel exports (styles, numeric cells, texts that
 *       are never formulas); {@code FileDownloads.xlsx} sends them.</li>
 * </ul>
 * {@link cn.quzhou.stations.documents.PolicyText}: the measures (衢市科协〔2021〕24号), shown read-only to everybody
 *   at {@code /public/policy}.
 * Its only HTTP endpoint is that public page: the modules owning the records decide who may download what.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公文",
        allowedDependencies = {"audit", "shared"})
package cn.quzhou.stations.documents;
