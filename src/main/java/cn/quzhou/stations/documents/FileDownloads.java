package cn.quzhou.stations.documents;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Responses for controllers that hand out files, always as downloads ({@code attachment}, UTF-8
 * file name per RFC 5987/6266) and with {@code X-Content-Type-Options: nosniff}, so that a browser
 * never renders an upload in the platform's origin. Check access before calling these.
 */
public final class FileDownloads {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private FileDownloads() {
    }

    /** {@code file}'s content as a download, e.g. {@code attachment(f, files.open(f.id()))}. */
    public static ResponseEntity<Resource> attachment(StoredFile file, InputStream content) {
        return ResponseEntity.ok()
                .headers(headers(file.name()))
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .body(new InputStreamResource(content));
    }

    /**
     * A PDF rendered by {@link PdfRenderer} as a download; {@code fileName} is neutralised and gets
     * the {@code .pdf} extension.
     */
    public static ResponseEntity<Resource> pdf(String fileName, byte[] pdf) {
        return ResponseEntity.ok()
                .headers(headers(FileNames.neutralise(fileName, FileKind.PDF, "document")))
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(pdf.length)
                .body(new ByteArrayResource(pdf));
    }

    /**
     * An Excel workbook streamed to the client as it is written (see {@link Workbooks#write}); {@code fileName}
     * is neutralised and gets the {@code .xlsx} extension.
     */
    public static ResponseEntity<StreamingResponseBody> xlsx(String fileName, StreamingResponseBody workbook) {
        return ResponseEntity.ok().headers(headers(xlsxName(fileName))).contentType(XLSX).body(workbook);
    }

    /** An Excel workbook already written to {@code content}. */
    public static ResponseEntity<Resource> xlsx(String fileName, byte[] content) {
        return ResponseEntity.ok().headers(headers(xlsxName(fileName))).contentType(XLSX)
                .contentLength(content.length).body(new ByteArrayResource(content));
    }

    private static String xlsxName(String fileName) {
        return FileNames.neutralise(fileName, "xlsx", "workbook");
    }

    private static HttpHeaders headers(String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build());
        headers.set("X-Content-Type-Options", "nosniff");
        return headers;
    }
}
